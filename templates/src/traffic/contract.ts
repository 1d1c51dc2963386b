import type * as aws from "@pulumi/aws";
import type * as pulumi from "@pulumi/pulumi";
import type { CreateValidationRecord } from "../certificate";
import type { StackConfig } from "../config";
import type { DirectRoute } from "../listeners";
import type { RegionalLoadBalancer } from "../load-balancer";
import type { Providers } from "../providers";

/**
 * What every global-traffic module (src/traffic/<provider>/) gives the stack: who answers DNS for the
 * public name and balances users over the regions. src/stack.ts uses it through src/traffic/index.ts
 * without knowing which provider it is.
 */

/** A region as global routing sees it: its role, weight and load balancer. */
export interface RoutedRegion {
  region: string;
  /** The primary answers the failover PRIMARY and the geolocation default. */
  role: "primary" | "secondary";
  /** Share under weighted routing, 0-255. */
  weight: number;
  loadBalancer: RegionalLoadBalancer;
}

export interface RouteArgs {
  /** Every region, primary first. */
  regions: RoutedRegion[];
  /** Colors of the fleets behind each load balancer ("blue", "green"); empty with one fleet. */
  colors: string[];
  /** SNS topic in us-east-1 for health-check alarms (Route53 publishes their metrics there only). */
  healthCheckAlarmTopicArn: pulumi.Input<string>;
}

export interface Traffic {
  /** Names the regional certificates cover, the public name first, for the given fleet colors. */
  certificateNames(colors: string[]): string[];
  /** Writes one ACM validation record where the domain's DNS is answered. */
  createValidationRecord: CreateValidationRecord;
  /**
   * The managed prefix list a region's load balancer admits alone (the provider's ranges when it
   * proxies every request), or undefined to admit the internet. Give it the region's AWS provider.
   */
  allowedPrefixListId(region: string, provider: aws.Provider): pulumi.Input<string> | undefined;
  /** How a request reaches one color directly, for checks before it takes a share. */
  directRoute(color: string): DirectRoute;
  /** Creates the global routing over the regions; returns what the stack exports about it. */
  route(args: RouteArgs): Record<string, unknown>;
}

/** Each module's factory: reads what it needs from the stack config (it may stop the run, naming a missing key). */
export type CreateTraffic = (config: StackConfig, providers: Providers) => Traffic;
