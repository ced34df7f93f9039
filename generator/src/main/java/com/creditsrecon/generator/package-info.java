/**
 * Synthetic inputs, plain Java: the {@code generate} command's world
 * ({@link WorldGenerator}), written partner by partner, each drafted
 * ({@link PartnerGenerator}) then acted on by its action script ({@link ActionScript}),
 * one story per rule family of the engine ({@link AccountChangeStory},
 * {@link RedemptionStory}, {@link AssignmentStory}, {@link ReassignmentStory},
 * {@link MoveStory}, {@link RevocationStory}) with the outcome each action is meant to
 * have ({@link ActionAnswerKey}); the reported extracts derived from its simulated truth,
 * with injected faults and their answer key ({@link ReportedExtracts}); and the FOCUS
 * cost-export writer it shares with the import benchmark ({@link FocusExportWriter},
 * {@link SyntheticUsage}). One package: the stories share the partner's mutable world
 * ({@link GeneratedPartner}), whose fields only this package may touch.
 */
package com.creditsrecon.generator;
