/**
 * The {@code claimgraph} command line: one picocli command class per subcommand, shared options as
 * a mixin, declared exit codes and one-line error messages. The only package that writes to the
 * console and configures logging; nothing imports it.
 */
package org.claimgraph.cli;
