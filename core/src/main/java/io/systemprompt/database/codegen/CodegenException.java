package io.systemprompt.database.codegen;

import io.systemprompt.database.DatabaseException;

/** Code generation could not go on: two tables give the same Java name, a scratch database failed, … */
public class CodegenException extends DatabaseException {

    /** With a message that says what failed and what to do. */
    public CodegenException(String message) {
        super(message);
    }

    /** With a message and the underlying failure. */
    public CodegenException(String message, Throwable cause) {
        super(message, cause);
    }
}
