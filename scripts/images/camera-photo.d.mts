/** A photo-like 3000 × 2000 JPEG with EXIF and GPS data (camera-photo.mjs). */
export function cameraPhoto(width?: number, height?: number, seed?: number): Promise<Buffer>;
