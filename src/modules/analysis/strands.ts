/** The strands of the helix, government first, in the order results list them (helixBalance, programsMissingStrand). */
export const STRANDS = ['GOVERNMENT', 'INDUSTRY', 'ACADEMIA', 'CIVIL_SOCIETY', 'MEDIA'] as const;
export type Strand = (typeof STRANDS)[number];
