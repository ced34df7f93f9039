package com.creditsrecon.jobs.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.UsageMessageSpec;

/**
 * The help, as picocli writes it from the commands' annotations, in our layout: no
 * colours, options in their declared order and written {@code --out DIR}, lines broken at
 * spaces only, 80 columns.
 */
final class UsageHelp extends CommandLine.Help {

	/**
	 * What may stand inside a word. Picocli wraps with Java's line BreakIterator, which
	 * breaks after these too ({@code docs/outputs.} at the end of a line, {@code md} on
	 * the next): inside a word, each goes in as a private-use character, which joins
	 * letters, and comes out as itself.
	 */
	private static final String JOINED = "./:?&=,;()[]$~'";

	private static final char PRIVATE_USE = '\uE000';

	UsageHelp(CommandSpec command, ColorScheme colors) {
		super(command, colors);
	}

	/** Lays out the help of {@code main} and its commands. */
	static void apply(CommandLine main) {
		main.setHelpFactory(UsageHelp::new);
		main.setColorScheme(CommandLine.Help.defaultColorScheme(Ansi.OFF));
		List<String> synopsis = new ArrayList<>();
		for (CommandLine command : main.getSubcommands().values()) {
			layout(command.getCommandSpec().usageMessage());
			String[] lines = command.getCommandSpec().usageMessage().customSynopsis();
			for (int i = 0; i < lines.length; i++) {
				synopsis.add((i == 0 && !synopsis.isEmpty()) ? "       " + lines[i] : lines[i]);
			}
		}
		layout(main.getCommandSpec().usageMessage().customSynopsis(synopsis.toArray(String[]::new)));
		// the commands first: what the reader looks for
		List<String> sections = new ArrayList<>(main.getHelpSectionKeys());
		List<String> commands = List.of(UsageMessageSpec.SECTION_KEY_COMMAND_LIST_HEADING,
				UsageMessageSpec.SECTION_KEY_COMMAND_LIST);
		sections.removeAll(commands);
		sections.addAll(sections.indexOf(UsageMessageSpec.SECTION_KEY_OPTION_LIST_HEADING), commands);
		main.setHelpSectionKeys(sections);
	}

	/** The help of {@code command}, as printed. */
	static String of(CommandLine command) {
		StringBuilder text = new StringBuilder(command.getUsageMessage(Ansi.OFF).stripTrailing());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c >= PRIVATE_USE && c < PRIVATE_USE + 128) {
				text.setCharAt(i, (char) (c - PRIVATE_USE));
			}
		}
		return text.toString();
	}

	private static void layout(UsageMessageSpec usage) {
		usage.synopsisHeading("usage: ")
			.descriptionHeading("%n")
			.optionListHeading("%nOptions:%n")
			.commandListHeading("%nCommands:%n")
			.exitCodeListHeading("%nExit codes:%n")
			.sortOptions(false)
			.width(80);
		usage.description(joined(usage.description()));
		usage.footer(joined(usage.footer()));
		Map<String, String> exitCodes = new LinkedHashMap<>();
		usage.exitCodeList().forEach((code, meaning) -> exitCodes.put(code, joined(meaning)));
		usage.exitCodeList(exitCodes);
	}

	private static String[] joined(String[] texts) {
		return Arrays.stream(texts).map(UsageHelp::joined).toArray(String[]::new);
	}

	/** {@code text} with {@link #JOINED} characters inside words made private-use. */
	private static String joined(String text) {
		StringBuilder joined = new StringBuilder(text);
		for (int i = 0; i < joined.length() - 1; i++) {
			if (JOINED.indexOf(joined.charAt(i)) >= 0 && !Character.isWhitespace(joined.charAt(i + 1))) {
				joined.setCharAt(i, (char) (PRIVATE_USE + joined.charAt(i)));
			}
		}
		return joined.toString();
	}

	/** An option's description as the rest of the help's texts: broken at spaces only. */
	@Override
	public IOptionRenderer createDefaultOptionRenderer() {
		IOptionRenderer standard = super.createDefaultOptionRenderer();
		return (option, labels, colors) -> {
			Ansi.Text[][] rows = standard.render(option, labels, colors);
			for (Ansi.Text[] row : rows) {
				int last = row.length - 1;
				row[last] = colors.ansi().text(joined(row[last].plainString()));
			}
			return rows;
		};
	}

	/**
	 * {@code --out DIR}, as the commands are written ({@code --out=DIR} is taken too).
	 */
	@Override
	public IParamLabelRenderer parameterLabelRenderer() {
		IParamLabelRenderer standard = super.parameterLabelRenderer();
		return new IParamLabelRenderer() {

			@Override
			public Ansi.Text renderParameterLabel(ArgSpec arg, Ansi ansi, List<Ansi.IStyle> styles) {
				Ansi.Text label = standard.renderParameterLabel(arg, ansi, styles);
				String text = label.plainString();
				return (arg instanceof OptionSpec && text.startsWith("=")) ? ansi.text(" " + text.substring(1)) : label;
			}

			@Override
			public String separator() {
				return " ";
			}

		};
	}

}
