package org.excoord.action;

/** How a piece of correspondence or a request arrived. */
public enum MethodOfReceipt {
    PORTAL, PHONE, EMAIL, IN_PERSON, FAX, MAIL
}
