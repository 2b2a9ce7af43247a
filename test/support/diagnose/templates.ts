/**
 * CloudFormation templates as people write them by hand for Django behind CloudFront: YAML with short intrinsic
 * forms, the origin endpoint computed from the API, a template-defined cache policy and an inline function.
 */

/** HTTP API + distribution; the cache policy keys on no cookies (broken) and the function only fills a missing header. */
export const HTTP_API_TEMPLATE_YAML = `AWSTemplateFormatVersion: "2010-09-09"
Description: Django on Lambda behind CloudFront
Parameters:
  DomainName:
    Type: String
    Default: www.example.com
  CertificateArn:
    Type: String
    Default: arn:aws:acm:us-east-1:123456789012:certificate/0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d
Resources:
  HttpApi:
    Type: AWS::ApiGatewayV2::Api
    Properties:
      Name: django
      ProtocolType: HTTP
  PagesCachePolicy:
    Type: AWS::CloudFront::CachePolicy
    Properties:
      CachePolicyConfig:
        Name: django-pages
        MinTTL: 0
        DefaultTTL: 300
        MaxTTL: 3600
        ParametersInCacheKeyAndForwardedToOrigin:
          EnableAcceptEncodingGzip: true
          EnableAcceptEncodingBrotli: true
          CookiesConfig:
            CookieBehavior: none
          HeadersConfig:
            HeaderBehavior: none
          QueryStringsConfig:
            QueryStringBehavior: all
  ForwardHost:
    Type: AWS::CloudFront::Function
    Properties:
      Name: django-forward-host
      AutoPublish: true
      FunctionConfig:
        Comment: copy Host to X-Forwarded-Host
        Runtime: cloudfront-js-2.0
      FunctionCode: |
        function handler(event) {
          var request = event.request;
          if (!request.headers['x-forwarded-host']) {
            request.headers['x-forwarded-host'] = { value: request.headers.host.value };
          }
          return request;
        }
  Distribution:
    Type: AWS::CloudFront::Distribution
    Properties:
      DistributionConfig:
        Enabled: true
        Comment: Django
        Aliases:
          - !Ref DomainName
        HttpVersion: http2and3
        IPV6Enabled: true
        PriceClass: PriceClass_100
        ViewerCertificate:
          AcmCertificateArn: !Ref CertificateArn
          SslSupportMethod: sni-only
          MinimumProtocolVersion: TLSv1.2_2021
        Origins:
          - Id: api
            DomainName: !Select [2, !Split ["/", !GetAtt HttpApi.ApiEndpoint]]
            CustomOriginConfig:
              OriginProtocolPolicy: https-only
              OriginSSLProtocols: [TLSv1.2]
        DefaultCacheBehavior:
          TargetOriginId: api
          ViewerProtocolPolicy: redirect-to-https
          AllowedMethods: [GET, HEAD, OPTIONS, PUT, PATCH, POST, DELETE]
          CachedMethods: [GET, HEAD]
          CachePolicyId: !Ref PagesCachePolicy
          OriginRequestPolicyId: b689b0a8-53d0-40ab-baf2-68738e2966ac
          FunctionAssociations:
            - EventType: viewer-request
              FunctionARN: !GetAtt ForwardHost.FunctionARN
      Tags:
        - Key: app
          Value: django
Outputs:
  DistributionDomain:
    Value: !GetAtt Distribution.DomainName
`;

/** A JSON template for an ALB origin with legacy cache settings that forward no cookies. */
export const ALB_LEGACY_TEMPLATE = {
  AWSTemplateFormatVersion: '2010-09-09',
  Resources: {
    Site: {
      Type: 'AWS::CloudFront::Distribution',
      Properties: {
        DistributionConfig: {
          Enabled: true,
          Aliases: ['example.com', 'www.example.com'],
          ViewerCertificate: {
            AcmCertificateArn:
              'arn:aws:acm:us-east-1:123456789012:certificate/0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d',
            SslSupportMethod: 'sni-only',
            MinimumProtocolVersion: 'TLSv1.1_2016',
          },
          Origins: [
            {
              Id: 'alb',
              DomainName: 'django-alb-1234567890.eu-west-1.elb.amazonaws.com',
              CustomOriginConfig: { OriginProtocolPolicy: 'http-only', HTTPPort: 80 },
            },
          ],
          DefaultCacheBehavior: {
            TargetOriginId: 'alb',
            ViewerProtocolPolicy: 'allow-all',
            ForwardedValues: { QueryString: true, Cookies: { Forward: 'none' }, Headers: ['Host'] },
          },
          Logging: { Bucket: 'example-logs.s3.amazonaws.com', IncludeCookies: true, Prefix: 'cf/' },
        },
      },
    },
  },
};
