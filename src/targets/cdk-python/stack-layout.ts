import type { DistributionPlan } from '../../model/legacy-plan';
import { pascalCase } from '../cdk-typescript/names';
import { cdkStackLayout, type CdkStackLayout } from '../cdk-typescript/stack-layout';

export { CERTIFICATE_REGION } from '../cdk-typescript/stack-layout';

/** The TypeScript app's stack layout (regions decided once, in cdkStackLayout) plus the Python class and stack names. */
export interface PythonStackLayout extends CdkStackLayout {
  stackClass: string;
  stackId: string;
  lambdaPermissionStackClass: string;
  lambdaPermissionStackId: string;
}

export function pythonStackLayout(plan: DistributionPlan): PythonStackLayout {
  const base = pascalCase(plan.projectName);
  return {
    ...cdkStackLayout(plan),
    stackClass: `${base}Stack`,
    stackId: `${base}Stack`,
    lambdaPermissionStackClass: `${base}LambdaPermissionStack`,
    lambdaPermissionStackId: `${base}LambdaPermissionStack`,
  };
}
