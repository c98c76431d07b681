package org.jpok.shell;

import java.util.Map;
import java.util.TreeSet;

import org.apache.felix.service.command.CommandSession;
import org.apache.felix.service.command.CommandSessionListener;
import org.osgi.service.component.annotations.Component;

/**
 * Registers Tab completion for the pok: commands in each interactive console session (gogo.jline's, which keeps its
 * completions in the session variable {@code .completions}): before the first statement the session runs (its
 * profile), it runs {@code gogo:complete -c pok:CMD -a 'pok:names'} for each command of {@link Completions#COMMANDS},
 * so that the candidates come from the live system when Tab is pressed. Batch sessions have no completions.
 */
@Component(service = CommandSessionListener.class)
public class CompletionRegistrar implements CommandSessionListener {

    static final String COMPLETIONS = ".completions";
    static final String REGISTERED = "jpok.completions";

    @Override
    public void beforeExecute(CommandSession session, CharSequence command) {
        if (!(session.get(COMPLETIONS) instanceof Map) || session.get(REGISTERED) != null) {
            return;
        }
        session.put(REGISTERED, Boolean.TRUE); // first: the statements below come through here too
        for (String c : new TreeSet<>(Completions.COMMANDS)) {
            try {
                session.execute("gogo:complete -c pok:" + c + " -a 'pok:names'");
            } catch (Exception e) {
                session.getConsole().println("jpok: no Tab completion for pok:" + c + ": " + e.getMessage());
            }
        }
    }

    @Override
    public void afterExecute(CommandSession session, CharSequence command, Exception exception) {
    }

    @Override
    public void afterExecute(CommandSession session, CharSequence command, Object result) {
    }
}
