/** The kernel's bytes, assembled from src/core/literals/teddy.wat. */
export function assembleTeddy(): Promise<Buffer>;
/** The TypeScript module that carries the kernel's bytes. */
export function teddyModuleSource(bytes: Buffer): string;
