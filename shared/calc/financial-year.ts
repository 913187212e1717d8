/** Financial-year labels as the plans print them. 2008 means April 2008 to March 2009. */
export const fyLabel = (year: number): string => `${year}/${String((year + 1) % 100).padStart(2, '0')}`;
export const fyBudgetHeading = (year: number): string => `${year}-${String((year + 1) % 100).padStart(2, '0')}`;
