package com.creditsrecon.model.result;

/**
 * Lot events, declared in the order events.csv sorts them within one day and lot (rule
 * T2).
 */
public enum EventType {

	CREDIT_REVOKED, NEW_CREDIT, SETTLED_CHARGES, ADJUSTMENT, CREDIT_LAPSED, CREDIT_EXPIRED

}
