/**
 * Money: exact decimal amounts at their currency's minor unit, rounded HALF_EVEN in one
 * place (rule T6). Nothing in the project computes money with floating point.
 */
package com.creditsrecon.model.money;
