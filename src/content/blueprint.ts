// The SCS-C03 exam outline as data: 6 domains, 16 task statements, 70 skills. Labels are our short summaries of
// the official exam guide's wording. Kept free of zod so that pages can ship it without the validation code.
import type { Domain } from './constants.ts';

/** One skill of the outline, e.g. 4.2.5. */
export interface BlueprintSkill {
  id: string;
  label: string;
  /** Services and features the outline names for it. */
  services: string[];
}

/** One task statement, e.g. 4.2, with its skills. */
export interface BlueprintTask {
  id: string;
  label: string;
  skills: BlueprintSkill[];
}

export interface BlueprintDomain {
  number: number;
  slug: Domain;
  tasks: BlueprintTask[];
}

type Row = [id: string, label: string, services?: string];

const task = (id: string, label: string, rows: Row[]): BlueprintTask => ({
  id,
  label,
  skills: rows.map(([skill, skillLabel, services]) => ({
    id: skill,
    label: skillLabel,
    services: services ? services.split(', ') : [],
  })),
});

/** The outline, domain by domain in the exam guide's order. */
export const BLUEPRINT: readonly BlueprintDomain[] = [
  {
    number: 1,
    slug: 'detection',
    tasks: [
      task('1.1', 'Design and implement monitoring and alerting for security events', [
        ['1.1.1', 'Work out what a workload must be monitored for', 'Amazon CloudWatch, threat modelling'],
        ['1.1.2', 'Monitor workload health', 'Route 53 health checks, ELB health checks, CloudWatch Synthetics'],
        ['1.1.3', 'Aggregate security events across accounts and Regions', 'AWS Security Hub, Amazon Security Lake, AWS Config aggregators'],
        ['1.1.4', 'Build metrics, alerts and dashboards on findings', 'Amazon GuardDuty, Amazon Security Lake, AWS Security Hub, Amazon Macie'],
        ['1.1.5', 'Automate regular security assessments', 'AWS Config conformance packs, Security Hub standards, Systems Manager State Manager'],
      ]),
      task('1.2', 'Design and implement logging solutions', [
        ['1.2.1', 'Identify the log sources a requirement needs', 'AWS CloudTrail, VPC Flow Logs, Transit Gateway Flow Logs, Route 53 Resolver query logs, AWS WAF logs, AWS Network Firewall logs'],
        ['1.2.2', 'Configure logging for services and applications', 'organization trails, a dedicated logging account, the CloudWatch agent'],
        ['1.2.3', 'Store logs securely, in security data lakes and third-party tools', 'Amazon Security Lake, OCSF, Amazon S3, SIEM integration'],
        ['1.2.4', 'Analyze logs to find security events', 'CloudWatch Logs Insights, Amazon Athena, AWS Security Hub'],
        ['1.2.5', 'Normalize, parse and correlate logs', 'Amazon OpenSearch Service, AWS Lambda, subscription filters, Amazon Managed Grafana'],
        ['1.2.6', 'Choose log sources by network design', 'VPC Flow Logs, Transit Gateway Flow Logs, Route 53 Resolver query logs'],
      ]),
      task('1.3', 'Troubleshoot security monitoring, logging and alerting', [
        ['1.3.1', 'Troubleshoot logging of Lambda, API Gateway, CloudFront and health checks'],
        ['1.3.2', 'Fix logging misconfigurations: missing logs, the agent, permissions', 'the CloudWatch agent'],
      ]),
    ],
  },
  {
    number: 2,
    slug: 'incident-response',
    tasks: [
      task('2.1', 'Design and test an incident response plan', [
        ['2.1.1', 'Write response plans and runbooks', 'Systems Manager OpsCenter, AWS Systems Manager Incident Manager, SageMaker AI notebooks'],
        ['2.1.2', 'Prepare: responder access, tools, blast-radius limits', 'incident-response roles, break-glass access, a forensic account, the Shield Response Team'],
        ['2.1.3', 'Test and validate the plan', 'AWS Fault Injection Service, AWS Resilience Hub, game days'],
        ['2.1.4', 'Remediate automatically', 'Systems Manager Automation, AWS Step Functions, AWS Lambda, Automated Forensics Orchestrator for Amazon EC2, Application Recovery Controller'],
      ]),
      task('2.2', 'Respond to security events', [
        ['2.2.1', 'Capture and preserve forensic artifacts', 'EBS snapshots, memory capture, isolated evidence buckets with Object Lock, chain of custody'],
        ['2.2.2', 'Search and correlate logs across services', 'Amazon Detective, CloudTrail Lake, Amazon Athena, Amazon Security Lake, Amazon OpenSearch Service'],
        ['2.2.3', 'Validate findings and assess scope and impact', 'Amazon Detective finding groups, GuardDuty severity'],
        ['2.2.4', 'Contain, eradicate and recover', 'security-group isolation, session revocation, restore from AWS Backup'],
        ['2.2.5', 'Find the root cause', 'Amazon Detective'],
      ]),
    ],
  },
  {
    number: 3,
    slug: 'infrastructure-security',
    tasks: [
      task('3.1', 'Design and implement security controls for edge services', [
        ['3.1.1', 'Choose an edge protection strategy by threat', 'Amazon CloudFront, AWS WAF, AWS Shield'],
        ['3.1.2', 'Configure edge controls', 'CloudFront headers, AWS WAF, AWS IoT policies, OWASP Top 10, S3 CORS, AWS Shield Advanced'],
        ['3.1.3', 'Restrict by geography, rate and client fingerprint', 'AWS WAF'],
        ['3.1.4', 'Integrate edge services with other tools', 'OCSF ingestion, third-party WAF rules'],
      ]),
      task('3.2', 'Design and implement security controls for compute workloads', [
        ['3.2.1', 'Build hardened AMIs and container images', 'EC2 Image Builder, AWS Systems Manager'],
        ['3.2.2', 'Give compute the right role: instance profiles, service roles, execution roles', 'AWS IAM, IMDSv2'],
        ['3.2.3', 'Scan compute for vulnerabilities and threats', 'Amazon Inspector, GuardDuty Runtime Monitoring'],
        ['3.2.4', 'Patch at scale', 'Systems Manager Patch Manager, Amazon Inspector'],
        ['3.2.5', 'Secure administrative access to compute', 'Systems Manager Session Manager, EC2 Instance Connect'],
        ['3.2.6', 'Put vulnerability tools in pipelines', 'Amazon Q Developer, Amazon CodeGuru Security, Amazon Inspector code scanning'],
        ['3.2.7', 'Secure generative AI: guardrails and the OWASP Top 10 for LLM applications', 'Amazon Bedrock Guardrails, prompt injection, model invocation logging'],
      ]),
      task('3.3', 'Design and troubleshoot network security controls', [
        ['3.3.1', 'Use security groups, network ACLs and Network Firewall', 'security groups, network ACLs, AWS Network Firewall'],
        ['3.3.2', 'Secure hybrid connectivity', 'AWS Site-to-Site VPN, AWS Direct Connect, MACsec'],
        ['3.3.3', 'Give hybrid workloads and users access without a VPN', 'AWS Verified Access'],
        ['3.3.4', 'Segment networks and inspect north-south and east-west traffic', 'VPC design, AWS Transit Gateway, AWS Network Firewall'],
        ['3.3.5', 'Find and remove unnecessary network access', 'Network Access Analyzer, Amazon Inspector network reachability, AWS Verified Access'],
      ]),
    ],
  },
  {
    number: 4,
    slug: 'iam',
    tasks: [
      task('4.1', 'Design, implement and troubleshoot authentication', [
        ['4.1.1', 'Establish identities for people, applications and systems', 'IAM Identity Center, Amazon Cognito, MFA, external identity providers'],
        ['4.1.2', 'Issue temporary credentials', 'AWS STS, S3 presigned URLs'],
        ['4.1.3', 'Troubleshoot authentication', 'AWS CloudTrail, Amazon Cognito, permission sets, AWS Directory Service'],
      ]),
      task('4.2', 'Design, implement and troubleshoot authorization', [
        ['4.2.1', 'Design authorization across accounts and applications', 'Amazon Verified Permissions, IAM paths, IAM Roles Anywhere, cross-account resource policies, trust policies'],
        ['4.2.2', 'Use attribute-based and role-based access control', 'tags, session tags'],
        ['4.2.3', 'Write least-privilege policies', 'permissions boundaries, session policies'],
        ['4.2.4', 'Analyze why a request was allowed or denied', 'IAM policy simulator, IAM Access Analyzer, AWS CloudTrail'],
        ['4.2.5', 'Find and fix unintended or unused permissions', 'IAM Access Analyzer: external, internal and unused access, custom policy checks'],
      ]),
    ],
  },
  {
    number: 5,
    slug: 'data-protection',
    tasks: [
      task('5.1', 'Design and implement controls for data in transit', [
        ['5.1.1', 'Require encryption in transit', 'ELB security policies, TLS, aws:SecureTransport'],
        ['5.1.2', 'Design private access paths', 'AWS PrivateLink, VPC endpoints, AWS Client VPN, AWS Verified Access'],
        ['5.1.3', 'Encrypt traffic between resources', 'Amazon EMR, Amazon EKS and SageMaker AI inter-node encryption, the Nitro System'],
      ]),
      task('5.2', 'Design and implement controls for data at rest', [
        ['5.2.1', 'Choose encryption at rest', 'AWS KMS, AWS CloudHSM, client-side and server-side encryption'],
        ['5.2.2', 'Protect the integrity of data', 'S3 Object Lock, Glacier Vault Lock, AWS Backup Vault Lock, versioning, code signing, CloudTrail log file validation'],
        ['5.2.3', 'Manage data lifecycle and retention', 'S3 Lifecycle, Object Lock retention, EFS lifecycle, FSx backups'],
        ['5.2.4', 'Replicate and back up data, and recover from ransomware', 'AWS Backup, Amazon Data Lifecycle Manager, AWS DataSync'],
      ]),
      task('5.3', 'Protect confidential data, credentials, secrets and key material', [
        ['5.3.1', 'Store and rotate secrets', 'AWS Secrets Manager, Systems Manager Parameter Store'],
        ['5.3.2', 'Use imported key material and external key stores', 'AWS KMS'],
        ['5.3.3', 'Choose between imported and AWS-generated key material', 'AWS KMS'],
        ['5.3.4', 'Mask sensitive data', 'CloudWatch Logs data protection policies, Amazon SNS message data protection'],
        ['5.3.5', 'Manage keys and certificates in one or many Regions', 'multi-Region keys, AWS Certificate Manager, AWS Private CA'],
      ]),
    ],
  },
  {
    number: 6,
    slug: 'governance',
    tasks: [
      task('6.1', 'Centrally deploy and manage AWS accounts', [
        ['6.1.1', 'Deploy and configure AWS Organizations', 'organizational units, account strategy'],
        ['6.1.2', 'Govern accounts with AWS Control Tower and its controls', 'preventive, detective and proactive controls, Account Factory'],
        ['6.1.3', 'Apply organization policies', 'SCPs, RCPs, declarative policies, AI services opt-out policies, tag policies, backup policies'],
        ['6.1.4', 'Manage security services centrally', 'delegated administrators'],
        ['6.1.5', 'Secure the root user', 'centralized root access (sts:AssumeRoot), MFA, break-glass access'],
      ]),
      task('6.2', 'Deploy cloud resources securely and consistently', [
        ['6.2.1', 'Govern infrastructure as code', 'CloudFormation StackSets, CloudFormation Guard, cfn-lint, third-party IaC'],
        ['6.2.2', 'Group and govern resources with tags', 'tag policies'],
        ['6.2.3', 'Enforce policy centrally', 'AWS Firewall Manager'],
        ['6.2.4', 'Share approved resources', 'AWS Service Catalog, AWS RAM'],
      ]),
      task('6.3', 'Evaluate the compliance of AWS resources', [
        ['6.3.1', 'Detect, remediate and notify with rules', 'AWS Config rules, AWS Security Hub'],
        ['6.3.2', 'Collect audit evidence', 'AWS Audit Manager, AWS Artifact'],
        ['6.3.3', 'Review architectures', 'AWS Well-Architected Tool'],
      ]),
    ],
  },
];

/** Every task statement, in outline order. */
export const BLUEPRINT_TASKS: readonly (BlueprintTask & { domain: Domain })[] = BLUEPRINT.flatMap((d) =>
  d.tasks.map((t) => ({ ...t, domain: d.slug })),
);

/** Every skill, in outline order, with its task and domain. */
export const BLUEPRINT_SKILLS: readonly (BlueprintSkill & { task: string; domain: Domain })[] = BLUEPRINT.flatMap((d) =>
  d.tasks.flatMap((t) => t.skills.map((s) => ({ ...s, task: t.id, domain: d.slug }))),
);

const SKILL_BY_ID = new Map(BLUEPRINT_SKILLS.map((s) => [s.id, s]));
const TASK_BY_ID = new Map(BLUEPRINT_TASKS.map((t) => [t.id, t]));

/** The skill with this id (e.g. "4.2.5"), or undefined. */
export const skillById = (id: string) => SKILL_BY_ID.get(id);
/** The task statement with this id (e.g. "4.2"), or undefined. */
export const taskById = (id: string) => TASK_BY_ID.get(id);
/** The task a skill id belongs to: "4.2.5" → "4.2". */
export const taskOfSkill = (id: string): string => id.split('.').slice(0, 2).join('.');
