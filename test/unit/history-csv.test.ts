// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { parseHistoryCsv, type SkippedLine } from '../../src/providers/itoolabs/history-csv.ts';

// The example row from the spec (§1.1, history).
const SPEC_ROW =
  'a252179d-fa9b-4b2a-9f4a-05c61af0639f,out,+79002445949,admin@ats23.example.ru,+74996861574,2017-07-07T16:14:08+03:00,0,11,';
const IN_ROW =
  '0d8f6c1e-3b7a,in,79101234567,g_3f6a9c2e-7b1d@demo,74951234567,2024-03-01T09:00:05+03:00,7,184,https://rec.example.ru/0d8f.mp3';

describe('parseHistoryCsv', () => {
  it('reads the spec example row', () => {
    const records = parseHistoryCsv(`${SPEC_ROW}\r\n`);
    expect(records).toHaveLength(1);
    const [r] = records;
    expect(r?.id).toBe('a252179d-fa9b-4b2a-9f4a-05c61af0639f');
    expect(r?.type).toBe('out');
    expect(r?.client).toBe('+79002445949');
    expect(r?.account).toBe('admin@ats23.example.ru');
    expect(r?.via).toBe('+74996861574');
    // 16:14:08 Moscow = 13:14:08 UTC
    expect(r?.start.toISOString()).toBe('2017-07-07T13:14:08.000Z');
    expect(r?.waitS).toBe(0);
    expect(r?.durationS).toBe(11);
    expect(r?.recordUrl).toBeUndefined();
  });

  it('reads a record link and a group account', () => {
    const [r] = parseHistoryCsv(IN_ROW);
    expect(r?.recordUrl).toBe('https://rec.example.ru/0d8f.mp3');
    expect(r?.account).toBe('g_3f6a9c2e-7b1d@demo');
    expect(r?.start.toISOString()).toBe('2024-03-01T06:00:05.000Z');
    expect([r?.waitS, r?.durationS]).toEqual([7, 184]);
  });

  it('accepts CRLF, LF, mixed line ends and blank trailing lines', () => {
    const crlf = parseHistoryCsv(`${SPEC_ROW}\r\n${IN_ROW}\r\n\r\n`);
    const lf = parseHistoryCsv(`${SPEC_ROW}\n${IN_ROW}\n\n  \n`);
    const mixed = parseHistoryCsv(`${SPEC_ROW}\r\n${IN_ROW}`);
    for (const records of [crlf, lf, mixed]) {
      expect(records.map((r) => r.id)).toEqual(['a252179d-fa9b-4b2a-9f4a-05c61af0639f', '0d8f6c1e-3b7a']);
    }
  });

  it('ignores extra columns (the rating some servers add)', () => {
    const [withRating] = parseHistoryCsv(`${IN_ROW},5\r\n`);
    const [withEmptyRating] = parseHistoryCsv(`${SPEC_ROW},\r\n`);
    expect(withRating?.recordUrl).toBe('https://rec.example.ru/0d8f.mp3');
    expect(withRating?.durationS).toBe(184);
    expect(withEmptyRating?.recordUrl).toBeUndefined();
  });

  it('accepts a row without the record column at all (8 columns)', () => {
    const [r] = parseHistoryCsv('u1,missed,+79031112233,ivr,+74951234567,2024-03-01T10:00:00+03:00,25,0');
    expect(r?.id).toBe('u1');
    expect(r?.recordUrl).toBeUndefined();
    expect(r?.waitS).toBe(25);
  });

  it('skips malformed lines and keeps the good ones', () => {
    const skipped: SkippedLine[] = [];
    const text = [
      SPEC_ROW,
      'too,few,columns',
      'u2,in,+79,andy@x,+7495,not-a-date,1,2,',
      'u3,in,+79,andy@x,+7495,12345,1,2,',
      'u4,in,+79,andy@x,+7495,2024-03-01T10:00:00+03:00,abc,2,',
      'UID,type,client,account,via,start,wait,duration,record',
      IN_ROW,
      '',
    ].join('\r\n');
    const records = parseHistoryCsv(text, (s) => skipped.push(s));
    expect(records.map((r) => r.id)).toEqual(['a252179d-fa9b-4b2a-9f4a-05c61af0639f', '0d8f6c1e-3b7a']);
    expect(skipped.map((s) => s.line.split(',')[0])).toEqual(['too', 'u2', 'u3', 'u4', 'UID']);
    expect(skipped[0]?.reason).toMatch(/8 columns/);
    expect(skipped[1]?.reason).toMatch(/start/);
  });

  it('returns nothing for an empty reply', () => {
    expect(parseHistoryCsv('')).toEqual([]);
    expect(parseHistoryCsv('\r\n')).toEqual([]);
  });

  it('tolerates a byte-order mark and the compact UTC date form', () => {
    const [r] = parseHistoryCsv('\uFEFFu5,in,+79,andy@x,+7495,20240301T070000Z,0,3,\r\n');
    expect(r?.id).toBe('u5');
    expect(r?.start.toISOString()).toBe('2024-03-01T07:00:00.000Z');
  });
});
