import { describe, expect, it } from 'vitest';
import { decodePermalinkToConfig, encodePermalink } from '../../config/permalink';
import { ConfigSchema, defaultConfig } from '../../config/schema';
import { reviewOfLink } from './link-review';

const shop = ConfigSchema.parse({ projectName: 'shop', domains: { primary: 'shop.example.org' } });
const link = decodePermalinkToConfig(encodePermalink(shop));

describe('reviewOfLink', () => {
  it('reviews a link that brings other settings than the saved work', () => {
    expect(reviewOfLink(link, undefined)).toEqual({ kind: 'opened', config: shop });
    const saved = { projectName: 'mine' };
    expect(reviewOfLink(link, saved)).toEqual({ kind: 'opened', config: shop, replacedDraft: saved });
  });

  it('has nothing to review when the link holds the saved work itself (a reload)', () => {
    expect(reviewOfLink(link, JSON.parse(JSON.stringify(shop)))).toBeUndefined();
    expect(
      reviewOfLink(link, { projectName: 'shop', domains: { primary: 'SHOP.example.org ' } }),
    ).toBeUndefined();
  });

  it('keeps the error, the field issues and the valid part of a damaged link', () => {
    const broken = decodePermalinkToConfig(
      encodePermalink({ ...shop, origin: { ...shop.origin, type: 'apigw-rest' } }),
    );
    const review = reviewOfLink(broken, defaultConfig());
    expect(review).toMatchObject({
      kind: 'broken',
      issues: [{ path: 'origin.path', message: expect.stringContaining('/prod') }],
      keptDraft: defaultConfig(),
    });
    expect(review?.kind === 'broken' && review.validPart?.projectName).toBe('shop');
  });
});
