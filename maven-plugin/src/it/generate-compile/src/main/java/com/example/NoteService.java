package com.example;

import com.example.db.app.notes.CreateNote;
import com.example.db.app.notes.Note;
import com.example.db.app.notes.Notes;
import io.systemprompt.database.Database;

/** Hand-written code compiled against the types spdb:generate wrote in the same build. */
public final class NoteService {
    private NoteService() {
    }

    /** Creates a published note and reads it back by its generated id. */
    public static String publish(Database db, String title) {
        Notes notes = Notes.of(db);
        Note created = notes.create(new CreateNote(title).withStatus(Note.Status.PUBLISHED));
        Note read = notes.findById(created.id()).orElseThrow();
        return read.title() + "|" + read.status().name() + "|" + read.body().isPresent();
    }
}
