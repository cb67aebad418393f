export declare const componentsDir: string;
export declare const componentListFile: string;
export declare function componentFolders(dir?: string): string[];
export declare function componentListSource(folders: readonly string[]): string;
