/**
 * FOCUS cost-export usage: reading one export row
 * ({@link com.creditsrecon.model.usage.UsageRecordParser}), the policy-free part of its
 * classification decided at import and the rest decided under a policy
 * ({@link com.creditsrecon.model.usage.PreClassification}, rules C1–C6), and the key
 * daily sums are stored by ({@link com.creditsrecon.model.usage.UsageKey}).
 */
package com.creditsrecon.model.usage;
