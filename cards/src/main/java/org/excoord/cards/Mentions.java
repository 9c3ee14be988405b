package org.excoord.cards;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Teams @mentions in a card: the text {@code <at>Name</at>} in a TextBlock or fact, and a {@code mention} entity under
 * the card's {@code msteams} property that names the person, so Teams shows the name as a mention and notifies them.
 * This is the only place a card contains {@code <at>}: every other text goes through {@link Text}, which never lets
 * one through. Teams accepts the person's Entra object id (or their Teams user id) as the mentioned id.
 */
final class Mentions {

    private Mentions() {
    }

    /**
     * The mention text of {@code name}; the name itself is neutralised like any text ({@link Text#plain}), so it
     * cannot close the tag or carry Markdown.
     */
    static String text(String name) {
        return "<at>" + Text.plain(name, Elements.TITLE_CHARS) + "</at>";
    }

    /**
     * Declares the mention whose text is {@link #text}{@code (name)}; returns that text. A blank id or name mentions
     * nobody: the caller shows the plain name instead.
     */
    static String add(ObjectNode card, String teamsId, String name) {
        if (!canMention(teamsId, name)) {
            throw new IllegalArgumentException("a mention needs an id and a name");
        }
        ObjectNode msteams = card.has("msteams") ? (ObjectNode) card.get("msteams") : card.putObject("msteams");
        ArrayNode entities = msteams.has("entities") ? (ArrayNode) msteams.get("entities") : msteams.putArray("entities");
        String text = text(name);
        ObjectNode entity = entities.addObject();
        entity.put("type", "mention");
        entity.put("text", text);
        ObjectNode mentioned = entity.putObject("mentioned");
        mentioned.put("id", teamsId.strip());
        mentioned.put("name", Text.literal(name, Elements.TITLE_CHARS));
        return text;
    }

    // An id with spaces or tags is no Entra object id, UPN or Teams id: better no mention than a broken one.
    static boolean canMention(String teamsId, String name) {
        return teamsId != null && !teamsId.isBlank() && teamsId.length() <= 200 && teamsId.strip().matches("[\\w:@.\\-]+")
                && name != null && !name.isBlank();
    }
}
