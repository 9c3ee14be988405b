package org.excoord.bot.web;

/** The caller is authenticated but is not a person excoord knows. */
class UnknownUserException extends RuntimeException {

    UnknownUserException(String message) {
        super(message);
    }
}
