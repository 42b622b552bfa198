/**
 * The five seed documents' file names, the `ref` of every seed citation. They live apart from
 * sources.ts so the source register can key on them without an import cycle.
 */
export const SEEDS = {
  kdf: '000_89b3729a7cdcc42a.txt',
  kommunedirektorer: '001_a259686754a8bca0.txt',
  ks: '002_4a1fd5a7b6c57900.txt',
  stmeld47: '003_03a073444dacd5b0.txt',
  utvalget: '004_d99db576314eb3e0.txt',
} as const;
