import type { DistributionPlan } from '../model/legacy-plan';

/** aws-cdk-lib enum members (the same in TypeScript and Python) for the plan's distribution options. */
export const PRICE_CLASSES: Record<DistributionPlan['priceClass'], string> = {
  PriceClass_All: 'PRICE_CLASS_ALL',
  PriceClass_200: 'PRICE_CLASS_200',
  PriceClass_100: 'PRICE_CLASS_100',
};
export const HTTP_VERSIONS: Record<DistributionPlan['httpVersion'], string> = {
  http2and3: 'HTTP2_AND_3',
  http2: 'HTTP2',
};
export const TLS_VERSIONS: Record<DistributionPlan['minimumTlsVersion'], string> = {
  'TLSv1.2_2021': 'TLS_V1_2_2021',
  'TLSv1.2_2019': 'TLS_V1_2_2019',
  'TLSv1.2_2018': 'TLS_V1_2_2018',
};
