// Shared by the generator's image tests, the e2e demonstration (e2e/lib/corpus.mjs) and the benchmark (bench/corpus.mjs).
import sharp from "sharp";

/**
 * A photo-like JPEG as a camera writes it, made here so no real photo is needed: smooth gradients (sky and ground),
 * blurred seeded noise for texture, saved at quality 95 with EXIF (camera, date) and GPS data that must never reach the
 * published site. 3000 × 2000 gives a 1–4 MB file, like a phone or camera photo.
 */
export async function cameraPhoto(width = 3000, height = 2000, seed = 0) {
  const gradient = Buffer.from(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
      <defs><linearGradient id="g" x1="0" y1="0" x2="0" y2="1">
        <stop offset="0" stop-color="hsl(${(200 + seed * 37) % 360},60%,75%)"/><stop offset="0.55" stop-color="hsl(${(190 + seed * 37) % 360},40%,88%)"/>
        <stop offset="0.56" stop-color="hsl(${(90 + seed * 53) % 360},35%,40%)"/><stop offset="1" stop-color="hsl(${(60 + seed * 53) % 360},30%,25%)"/>
      </linearGradient></defs>
      <rect width="100%" height="100%" fill="url(#g)"/>
      <circle cx="${width * 0.3}" cy="${height * 0.6}" r="${height * 0.18}" fill="hsl(${(20 + seed * 71) % 360},55%,45%)"/>
      <rect x="${width * 0.55}" y="${height * 0.35}" width="${width * 0.25}" height="${height * 0.4}" fill="hsl(${(340 + seed * 29) % 360},25%,55%)"/>
    </svg>`,
  );
  // Seeded noise, not sharp's own (which is random): the same arguments always give the same bytes.
  const pixels = Buffer.alloc(width * height * 3);
  let state = (0x9e3779b9 ^ seed) >>> 0;
  for (let i = 0; i < pixels.length; i++) {
    // xorshift32: hand-written, a few lines, so the photo never changes with a library's random generator.
    state ^= state << 13;
    state >>>= 0;
    state ^= state >>> 17;
    state ^= state << 5;
    state >>>= 0;
    pixels[i] = 128 + (((state & 0xff) + ((state >>> 8) & 0xff) - 255) >> 2);
  }
  const noise = await sharp(pixels, { raw: { width, height, channels: 3 } })
    .blur(0.7)
    .png({ compressionLevel: 1 })
    .toBuffer();
  return sharp(gradient)
    .composite([{ input: noise, blend: "soft-light" }])
    .jpeg({ quality: 95 })
    .withExif({
      IFD0: { Make: "Voorbeeldcamera", Model: "VC-3000", Copyright: "Werkcentrum test" },
      IFD2: { DateTimeOriginal: "2026:03:01 10:00:00" },
      IFD3: { GPSLatitudeRef: "N", GPSLatitude: "51/1 55/1 0/1", GPSLongitudeRef: "E", GPSLongitude: "4/1 28/1 0/1" },
    })
    .toBuffer();
}
