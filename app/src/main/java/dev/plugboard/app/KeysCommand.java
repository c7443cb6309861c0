package dev.plugboard.app;

import dev.plugboard.http.auth.SigningKey;
import dev.plugboard.storage.Database;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code plugboard keys}: the keys that sign API keys and connect tokens. */
@Command(
        name = "keys",
        mixinStandardHelpOptions = true,
        description = "Manages the token-signing keys kept in the database.",
        subcommands = {KeysCommand.Rotate.class})
final class KeysCommand implements Runnable {
    @ParentCommand
    PlugboardCli parent;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(
            name = "rotate",
            mixinStandardHelpOptions = true,
            description = {
                "Makes a new signing key current. Tokens signed by the old key keep working until they expire",
                "(at most two hours); running servers pick the new key up within five seconds. Works on the",
                "database directly, beside running servers. Not available when the key is configured",
                "(PLUGBOARD_SIGNING_KEY): rotate it there."
            })
    static final class Rotate implements Runnable {
        @ParentCommand
        KeysCommand keys;

        @Mixin
        ConfigOptions config;

        @Spec
        CommandSpec spec;

        @Override
        public void run() {
            PlugboardConfig loaded = config.load(keys.parent.environment(), Map.of());
            if (loaded.signingKey().isPresent()) {
                throw new picocli.CommandLine.ParameterException(
                        spec.commandLine(),
                        "the signing key is configured (PLUGBOARD_SIGNING_KEY or signing-key): rotate it there, by"
                                + " configuring every replica with the new key");
            }
            Clock clock = Clock.systemUTC();
            try (Database database = Plugboard.openDatabase(loaded, clock)) {
                SigningKeyStore store = new SigningKeyStore(loaded.signingKey(), database.signingKeys(), clock);
                store.initialise(loaded.dataDir(), new SecureRandom());
                SigningKey next = store.rotate(new SecureRandom());
                spec.commandLine()
                        .getOut()
                        .println("Rotated the signing key: new tokens are signed with key " + next.id()
                                + "; tokens signed before keep working until they expire.");
            }
        }
    }
}
