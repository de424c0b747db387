/**
 * Pixels of PNG screenshots, decoded by a page (a canvas) so the tests need no image library. One function run in
 * the page (page.evaluate: it must stay self-contained): how many pixels of the first picture are our highlight's
 * green (#2e7d32 at 16%, over the page's light background, or through antialiased text: green ahead of red and
 * blue), and how many differ between the first and the second (all, if their sizes differ).
 */
export const pngPixels = async (pngs: string[]): Promise<{ green: number; differing: number }> => {
  const data: ImageData[] = [];
  for (const png of pngs) {
    const img = new Image();
    img.src = `data:image/png;base64,${png}`;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = img.width;
    canvas.height = img.height;
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(img, 0, 0);
    data.push(ctx.getImageData(0, 0, img.width, img.height));
  }
  const [a, b] = data as [ImageData, ImageData | undefined];
  const d = a.data;
  let green = 0;
  for (let i = 0; i < d.length; i += 4) if (d[i + 1]! - d[i]! > 8 && d[i + 1]! - d[i + 2]! > 8) green++;
  let differing = 0;
  if (b && (b.width !== a.width || b.height !== a.height)) differing = a.width * a.height;
  else if (b) for (let i = 0; i < d.length; i += 4) if (d[i] !== b.data[i] || d[i + 1] !== b.data[i + 1] || d[i + 2] !== b.data[i + 2]) differing++;
  return { green, differing };
};
