/**
 * Code generation from the modules' SQL ({@code spdb generate}): typed Java records, inputs, filters
 * and accessors per table, from the catalog a scratch database reports after every module was
 * applied. Entry point: {@link io.systemprompt.database.codegen.CodeGenerator}; the generated code
 * runs on {@link io.systemprompt.database.typed}.
 */
package io.systemprompt.database.codegen;
