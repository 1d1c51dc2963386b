import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";
import type { CreateValidationRecord } from "../certificate";
import type { StackConfig } from "../config";

// The Route53 hosted zone that holds the public name, for every traffic module whose public name is a
// Route53 record (src/traffic/<module>/choice.ts lists this file among its own).

/** The hosted zone holding the domain: the configured id, else looked up by name (never hard-coded). */
export function hostedZoneId(config: Pick<StackConfig, "hostedZoneId" | "hostedZoneName">, provider: aws.Provider): pulumi.Output<string> {
  if (config.hostedZoneId) return pulumi.output(config.hostedZoneId);
  return aws.route53.getZoneOutput({ name: config.hostedZoneName, privateZone: false }, { provider }).zoneId;
}

/** ACM validation records as Route53 records (Route53 is global: any provider works, us-east-1 here). */
export function route53ValidationRecord(zoneId: pulumi.Input<string>, provider: aws.Provider): CreateValidationRecord {
  return (name, record, opts) => {
    const created = new aws.route53.Record(name, {
      zoneId,
      name: record.name,
      type: record.type,
      records: [record.value],
      ttl: 300,
      // The record may exist already, e.g. from an earlier certificate for the same name.
      allowOverwrite: true,
    }, { ...opts, provider });
    return pulumi.all([record.name, created.id]).apply(([recordName]) => recordName);
  };
}
