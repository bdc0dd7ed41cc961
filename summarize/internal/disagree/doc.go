// Package disagree finds where sentences that speak of one thing differ:
// a figure given otherwise (counts, money, percentages, ages, dates and
// weekdays, times), another name in the same place, or a negation the
// other does not make. It reads English.
//
// Figures are read as values, so that formatting is no difference:
// "1,000", "1000" and "one thousand"; "1.2 million" and "1,200,000";
// "$7.7 million" and "7.7 million dollars"; "per cent" and "percent"; a
// figure with its conversion in parentheses ("120-mph (205-kph)") is one
// figure. A qualified figure ("about 6,100") is approximate, and differs
// from another value all the same.
//
// Two figures are taken for the same thing only when they are of the same
// kind and unit (deaths with deaths, dollars with dollars), neither
// sentence gives the other's value, they share words around them, and
// they are not each about a place or party the other sentence does not
// name. Precision comes first: a difference that cannot be placed is not
// raised.
package disagree
