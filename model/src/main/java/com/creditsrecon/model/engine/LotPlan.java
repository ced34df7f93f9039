package com.creditsrecon.model.engine;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One lot a benefit grants or would grant: its window and amount (rules K2, K3). */
record LotPlan(LocalDate start, LocalDate end, BigDecimal amount) {

}
