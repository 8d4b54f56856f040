/**
 * The map's textures, one <pattern> per colour: the colour underneath, then dots (an actual
 * without a target) or black-and-white stripes (a gap: visible on any colour, and without
 * colour). The legend draws its swatches with the same patterns.
 */
export interface TextureSpec {
  readonly id: string;
  readonly fill: string;
  readonly gap?: boolean;
  readonly dots?: boolean;
}

export function TexturePattern({ texture }: { texture: TextureSpec }) {
  return (
    <pattern id={texture.id} patternUnits="userSpaceOnUse" width="7" height="7" patternTransform={texture.gap ? 'rotate(45)' : undefined}>
      <rect width="7" height="7" fill={texture.fill} />
      {texture.dots && <circle cx="3.5" cy="3.5" r="1.1" fill="#55636f" />}
      {texture.gap && <rect x="0" y="0" width="1.1" height="7" fill="#000" />}
      {texture.gap && <rect x="1.1" y="0" width="0.9" height="7" fill="#fff" />}
    </pattern>
  );
}
