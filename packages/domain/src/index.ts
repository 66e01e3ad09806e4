/**
 * @sim/domain — pure rules from Indonesian regulations, shared by the API and the web app. No I/O: the clock,
 * calendars and policies are arguments.
 */
export * from './angka-kredit';
export * from './calendar-date';
export * from './complaint-classification';
export * from './complaint-sla';
export * from './complaint-retention';
export * from './contact-match';
export * from './decimal';
export * from './golongan';
export * from './ikm';
export * from './indonesian-format';
export * from './nip';
export * from './predikat';
export * from './predikat-distribution';
export * from './sample-size';
export * from './skm-privacy';
export * from './skm-unsur';
export * from './wib-date';
export * from './working-days';
export * from './performance-periods';
export * from './period-capaian';
export * from './calibration-guard';
export * from './training-jp';
export * from './competency-needs';
export * from './training-target';
export * from './oversight-due-date';
export * from './oversight-followup';
export * from './forum-poll';
export * from './forum-moderation';
export * from './forum-consultation';
export * from './public-figures';
