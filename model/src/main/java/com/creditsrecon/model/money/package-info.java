/**
 * Money: amounts are exact {@code BigDecimal}s, each held next to its currency (a lot's,
 * a benefit's, a sum's), and summed only per currency; {@code Currencies} is the one
 * place that knows a currency's minor unit and rounds to it, HALF_EVEN (rule T6). Nothing
 * in the project computes money with floating point.
 */
package com.creditsrecon.model.money;
