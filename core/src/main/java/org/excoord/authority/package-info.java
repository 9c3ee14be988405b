/**
 * Legal authorities (executive orders, statutes, directives) with their full text parsed into sections
 * with stable ids ("Sec. 4(b)(ii)"), amendments and cross-references, and the analyses, impacts and risk
 * items an agency records against them.
 */
package org.excoord.authority;
