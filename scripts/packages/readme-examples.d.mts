export declare const CODE_LANGUAGES: Set<string>;
export declare function readmeBlocks(text: string): { lang: string; code: string; line: number; example?: string }[];
export declare function readmeProblems(packageDir: string): string[];
export declare function writeReadmeExamples(packageDir: string): boolean;
