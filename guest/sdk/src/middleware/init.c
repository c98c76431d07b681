/* jpok guest SDK - middleware start-up. Buffers and blackboards are created
 * on demand (their tables are zero in .bss), so there is nothing to prepare;
 * the hook stays so the entry point matches libpok's sequence. */
void pok_middleware_init(void);

void pok_middleware_init(void) {}
