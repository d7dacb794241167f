import type { FlowLogRecord, FlowProtocol } from './model.ts';

const PROTOCOL_NUMBERS: Record<FlowProtocol, number> = { tcp: 6, udp: 17, icmp: 1 };

/** The interface a record belongs to. */
export interface LoggedInterface {
  eni: string;
  name: string;
}

export interface RecordInput {
  direction: 'ingress' | 'egress';
  /** Addresses as the flow log shows them for this interface (a NAT gateway's interface shows its own private IP, not the far end). */
  srcaddr: string;
  dstaddr: string;
  srcport: number;
  dstport: number;
  protocol: FlowProtocol;
  action: 'ACCEPT' | 'REJECT';
  /** A reply rather than the request: only changes the illustrative packet and byte counts. */
  reply: boolean;
}

// Packets, bytes and the capture window are illustrative: the engine traces one connection, not real traffic.
const START = 1_700_000_000;
const END = START + 60;

function counts(input: RecordInput): { packets: number; bytes: number } {
  if (input.protocol === 'icmp') return { packets: 4, bytes: 336 };
  if (input.action === 'REJECT') return { packets: 3, bytes: 180 };
  return input.reply ? { packets: 4, bytes: 1840 } : { packets: 5, bytes: 420 };
}

/** One VPC Flow Logs record in the default (version 2) format. ICMP records carry ports 0 and 0, as AWS writes them. */
export function flowLogRecord(account: string, on: LoggedInterface, input: RecordInput): FlowLogRecord {
  const icmp = input.protocol === 'icmp';
  const { packets, bytes } = counts(input);
  const record = {
    interfaceId: on.eni, owner: on.name, direction: input.direction, version: 2 as const, accountId: account,
    srcaddr: input.srcaddr, dstaddr: input.dstaddr, srcport: icmp ? 0 : input.srcport, dstport: icmp ? 0 : input.dstport,
    protocol: PROTOCOL_NUMBERS[input.protocol], packets, bytes, start: START, end: END, action: input.action, logStatus: 'OK' as const,
  };
  const line = [record.version, record.accountId, record.interfaceId, record.srcaddr, record.dstaddr, record.srcport, record.dstport,
    record.protocol, record.packets, record.bytes, record.start, record.end, record.action, record.logStatus].join(' ');
  return { ...record, line };
}
