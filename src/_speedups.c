/* translit._speedups: the generic rule engine of translit, in C.
 *
 * One type, Engine: it runs a scheme's compiled tables (translit/engine/tables.py,
 * plain_tables()) over a whole text in one pass. It holds no romanisation rule of its own:
 * letters with their three case forms, the rule lists of each first letter with their
 * previous/next contexts and word edges, multi-letter matches longest first, endings, the word
 * and inner-punctuation classes all come from the tables, so a new scheme is a data file.
 * The pure-Python interpreter of translit/engine/romanizer.py reads the same tables and is the
 * reference: the test suite checks that both give the same output for every scheme.
 *
 * Engine.romanize(text) returns the romanised text, or None when the text holds something the
 * C engine declines (a word with a combining mark other than a stress mark it carries, the
 * engine's sentinels, a str subclass): the interpreter converts that text then, asking
 * Engine.held(text, start, stop) for the stretches between the words it must do itself.
 * Engine.convert(text) is romanize() that hands such a text to the engine's fallback (the
 * interpreter) itself, so a romaniser's public method is this one C call.
 * Everything else is done here, in the order the interpreter does it:
 *   1. words are the longest runs of the scheme's letters (with marks and inner punctuation
 *      between letters, as the word regex of compile_body());
 *   2. a word is read in lower case, left to right: at each letter its rules are tried in
 *      order, then the plain letter;
 *   3. case is put back per source letter (ALL CAPS pieces, title-case pieces, the case around
 *      an uncased piece, acronyms in title case when the scheme says so);
 *   4. a one-letter capital word whose output has several letters follows its line: capitals
 *      beside an all-caps word (across signs, spaces and numbers), title case otherwise; an
 *      initial (followed by a period) in capitals on a line in capitals, its held words aside
 *      (Ю. А. ГАГАРИН, ГАГАРИН Ю. А.), else in title case; capitals spread along a run of
 *      one-letter words that are no initials with only a gap between them (ЮЛЯ И Я, Я И ТЫ)
 *      (translit/engine/case.py, resolve_lone()).
 *
 * changed_lines(a, b) counts the lines a transform changed (translit/io/formats/text.py):
 * a.split("\n") against b.split("\n"), without making those lists.
 *
 * first_of(text, table) finds the first character of a text that lies in a set of code points
 * given as a bitmap (translit/engine/native.py, char_table()): the normaliser's quick check
 * of whether a block holds anything to repair (translit/normalization_rules.py).
 *
 * table_hits(text, words, table, keys) reads a table of patterns keyed by first word (and,
 * for a first word of many second words, by second word) at the words of a text
 * (translit/engine/native.py, table_hits(); the glossary matcher's table of case forms,
 * translit/glossary/apply.py): it holds no pattern or rule of its own.
 * runs_of(text, table, least) finds the runs of least or more characters of a text in such a
 * set (glossary apply: white space, invisible characters, stress marks, apostrophes).
 * pairs_known(words, follows) tells whether every word is a key of a dict and every two
 * adjacent words whose first has a dict there have their second in it (the matcher's words and
 * word pairs seen before).
 * map_chars(text, table) writes each character of a text as a table (a str indexed by code
 * point) gives it, and the runs the table leaves to the caller (glossary apply's fold: the table
 * is made by fold's own rule, translit/glossary/apply.py). table_hits and pairs_known
 * look exact str up in the caller's dicts, whose keys the matcher makes exact str (a look-up
 * then compares str with str, in C); they take a reference to each tuple and dict they read
 * while they read it, and make the tuples they return after their pass.
 *
 * The output is built in one growing buffer of the narrowest kind (1, 2 or 4 bytes per
 * character) that holds it. The GIL is held throughout and no Python code runs while a method
 * reads: the tables are C arrays owned by the Engine, only an exact str is read, and the one
 * Python call (convert()'s fallback) comes after the pass, its buffers freed.
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <stdint.h>
#include <string.h>

#define API_VERSION 20

/* character flags (translit/engine/tables.py says the same) */
#define F_START 1    /* may start a word (a letter of the scheme's script or sources) */
#define F_WORD 2     /* may continue a word (letters and combining marks) */
#define F_INNER 4    /* inner punctuation: inside a word between letters */
#define F_MARK 8     /* a word holding it is declined (combining marks, non-NFC letters) */
#define F_DECLINE 16 /* a text holding it is declined (the interpreter's sentinels) */
#define F_UPPER 32
#define F_LOWER 64
#define F_TITLE 128
#define F_VOWEL 256
#define F_STRESS 512 /* a combining mark the engine carries (a stress mark) */
#define F_JOIN 1024  /* a sign an output word holds between letters (middle dot, apostrophe) */
#define F_COMBINING 2048 /* a combining mark: inside an output word after its first letter */
#define F_NUMERAL 4096  /* a Cyrillic look-alike of I V X L (Х, І): a word of them alone may be
                          * a Roman numeral (ХХ век), which M_LOOKALIKE declines */
#define F_APOSTROPHE 8192 /* a look-alike of the apostrophe (Знам`янка, a backtick): M_LOOKALIKE
                           * declines a text holding one between a character of F_APOS_AFTER
                           * and one of F_APOS_BEFORE, whose fallback repairs it */
#define F_APOS_AFTER 16384  /* a look-alike of the apostrophe after it may be the apostrophe */
#define F_APOS_BEFORE 32768 /* a look-alike of the apostrophe before it may be the apostrophe */

#define M_SKIP_ASCII 1  /* an ASCII text has no word: returned as it is */
#define M_INNER_RUNS 2  /* inner punctuation may repeat and end a word (a Latin source) */
#define M_ACRONYMS 4    /* all-caps words without a vowel: title-case pieces */
#define M_DROP_MARKS 8  /* carried marks that compose with no letter are dropped (ASCII output) */
#define M_LOOKALIKE 16  /* romanize() declines a text where a letter of no word touches a word
                         * (Пpивет, a Latin p): the fallback repairs its look-alikes first
                         * (a Cyrillic source's: never with M_INNER_RUNS) */

#define NEAR 80 /* characters searched on each side of a one-letter word for its neighbour */

/* A character, with what its lower case means in a word (so one look-up serves both). */
typedef struct {
    uint64_t sets; /* the context sets holding its lower case, one bit each */
    uint32_t lower;
    uint32_t flags; /* its own case and class; F_VOWEL: its lower case is a vowel */
    int32_t forms;  /* the output of its lower case */
    int32_t rule0;  /* the rules of its lower case: rules[rule0 : rule0 + nrules] */
    int32_t nrules;
} Char;

typedef struct {
    Py_ssize_t off, len; /* in the engine's pool */
    Py_UCS4 max;
} Span;

typedef struct {
    Span f[4];  /* lower, title, upper, a capital word's title in capitals */
    int same;   /* its title and its title in capitals are one (В → V): a held word of this
                 * output reads the same in title case and in capitals */
    int simple; /* a bit per output a word with a carried mark may use */
} Forms;

typedef struct {
    uint64_t key; /* a << 32 | mark */
    Py_UCS4 to;   /* NFC(a + mark); NO_CHAR: more than one character */
} Compose;

#define NO_CHAR 0x110000

typedef struct {
    Span match;
    int32_t forms;
    int8_t prev_any, prev_set, prev_edge, not_prev_set, not_prev_edge;
    int8_t next_any, next_set, next_edge, not_next_set, not_next_edge;
} Rule;

#define PAGES 0x1100 /* 256 code points a page */

typedef struct {
    PyObject_HEAD
    Char **pages;
    Forms *forms;
    Py_ssize_t nforms;
    Rule *rules;
    Py_ssize_t nrules;
    Py_UCS4 *pool;
    Py_ssize_t npool;
    Compose *compose; /* sorted by key */
    Py_ssize_t ncompose;
    int mode;
    PyObject *fallback; /* convert() calls it with a text romanize() declines; or NULL */
    PyObject *reduce;   /* what __reduce__ returns: (callable, args) rebuilding it; or NULL */
} Engine;

static const Char NOTHING = {0, 0, 0, -1, 0, 0};

static inline const Char *lookup(const Engine *e, Py_UCS4 c) {
    const Char *page = e->pages[c >> 8];
    return page != NULL ? &page[c & 0xff] : &NOTHING;
}

/* -- building an engine from the plain tables --------------------------------------------- */

static int bad(const char *what) {
    PyErr_Format(PyExc_ValueError, "Engine(): %s", what);
    return -1;
}

/* Copy str `s` into the pool; its span in `*out`. */
static int pool_add(Engine *e, PyObject *s, Py_ssize_t *cap, Span *out) {
    if (!PyUnicode_CheckExact(s)) {
        PyErr_SetString(PyExc_TypeError, "Engine(): outputs and matches must be str");
        return -1;
    }
    Py_ssize_t n = PyUnicode_GET_LENGTH(s);
    if (e->npool + n > *cap) {
        Py_ssize_t want = (e->npool + n) * 2 + 64;
        Py_UCS4 *pool = PyMem_Realloc(e->pool, (size_t)want * sizeof(Py_UCS4));
        if (pool == NULL) {
            PyErr_NoMemory();
            return -1;
        }
        e->pool = pool;
        *cap = want;
    }
    int kind = PyUnicode_KIND(s);
    const void *data = PyUnicode_DATA(s);
    Py_UCS4 max = 0;
    for (Py_ssize_t i = 0; i < n; i++) {
        Py_UCS4 c = PyUnicode_READ(kind, data, i);
        e->pool[e->npool + i] = c;
        if (c > max) {
            max = c;
        }
    }
    out->off = e->npool;
    out->len = n;
    out->max = max;
    e->npool += n;
    return 0;
}

static int same_span(const Engine *e, Span a, Span b) {
    return a.len == b.len &&
           memcmp(e->pool + a.off, e->pool + b.off, (size_t)a.len * sizeof(Py_UCS4)) == 0;
}

static int exact_tuple(PyObject *t, Py_ssize_t size, const char *what) {
    if (!PyTuple_CheckExact(t) || (size >= 0 && PyTuple_GET_SIZE(t) != size)) {
        PyErr_Format(PyExc_TypeError, "Engine(): %s must be a tuple%s", what,
                     size >= 0 ? " of the documented size" : "");
        return -1;
    }
    return 0;
}

/* The exact int at t[i] within [lo, hi], in *out. */
static int int_at(PyObject *t, Py_ssize_t i, long long lo, long long hi, long long *out) {
    PyObject *v = PyTuple_GET_ITEM(t, i);
    if (!PyLong_CheckExact(v)) {
        PyErr_SetString(PyExc_TypeError, "Engine(): table entries must be int");
        return -1;
    }
    int overflow = 0;
    long long x = PyLong_AsLongLongAndOverflow(v, &overflow);
    if (x == -1 && PyErr_Occurred()) {
        return -1;
    }
    if (overflow || x < lo || x > hi) {
        return bad("a table entry is out of range");
    }
    *out = x;
    return 0;
}

static int load_forms(Engine *e, PyObject *forms, Py_ssize_t *cap) {
    if (exact_tuple(forms, -1, "forms") < 0) {
        return -1;
    }
    e->nforms = PyTuple_GET_SIZE(forms);
    e->forms = PyMem_Calloc((size_t)e->nforms + 1, sizeof(Forms));
    if (e->forms == NULL) {
        PyErr_NoMemory();
        return -1;
    }
    for (Py_ssize_t i = 0; i < e->nforms; i++) {
        PyObject *f = PyTuple_GET_ITEM(forms, i);
        if (exact_tuple(f, -1, "each forms entry") < 0) {
            return -1;
        }
        if (PyTuple_GET_SIZE(f) != 4 && PyTuple_GET_SIZE(f) != 5) {
            PyErr_SetString(PyExc_TypeError, "Engine(): a forms entry has 4 outputs and a mask");
            return -1;
        }
        long long simple = 0;
        if (PyTuple_GET_SIZE(f) == 5 && int_at(f, 4, 0, 15, &simple) < 0) {
            return -1;
        }
        e->forms[i].simple = (int)simple;
        for (int k = 0; k < 4; k++) {
            if (pool_add(e, PyTuple_GET_ITEM(f, k), cap, &e->forms[i].f[k]) < 0) {
                return -1;
            }
        }
        e->forms[i].same = same_span(e, e->forms[i].f[1], e->forms[i].f[3]);
    }
    return 0;
}

static int load_rules(Engine *e, PyObject *rules, Py_ssize_t *cap) {
    if (exact_tuple(rules, -1, "rules") < 0) {
        return -1;
    }
    e->nrules = PyTuple_GET_SIZE(rules);
    e->rules = PyMem_Calloc((size_t)e->nrules + 1, sizeof(Rule));
    if (e->rules == NULL) {
        PyErr_NoMemory();
        return -1;
    }
    for (Py_ssize_t i = 0; i < e->nrules; i++) {
        PyObject *r = PyTuple_GET_ITEM(rules, i);
        if (exact_tuple(r, 12, "each rule") < 0) {
            return -1;
        }
        Rule *rule = &e->rules[i];
        if (pool_add(e, PyTuple_GET_ITEM(r, 0), cap, &rule->match) < 0) {
            return -1;
        }
        if (rule->match.len < 1) {
            return bad("a rule matches nothing");
        }
        long long v[11];
        for (int k = 0; k < 11; k++) {
            /* forms; then any/set/edge, set/edge, any/set/edge, set/edge */
            static const int is_set[11] = {0, 0, 1, 0, 1, 0, 0, 1, 0, 1, 0};
            long long lo = k == 0 ? 0 : is_set[k] ? -1 : 0;
            long long hi = k == 0 ? e->nforms - 1 : is_set[k] ? 63 : 1;
            if (int_at(r, k + 1, lo, hi, &v[k]) < 0) {
                return -1;
            }
        }
        rule->forms = (int32_t)v[0];
        rule->prev_any = (int8_t)v[1];
        rule->prev_set = (int8_t)v[2];
        rule->prev_edge = (int8_t)v[3];
        rule->not_prev_set = (int8_t)v[4];
        rule->not_prev_edge = (int8_t)v[5];
        rule->next_any = (int8_t)v[6];
        rule->next_set = (int8_t)v[7];
        rule->next_edge = (int8_t)v[8];
        rule->not_next_set = (int8_t)v[9];
        rule->not_next_edge = (int8_t)v[10];
    }
    return 0;
}

static int load_chars(Engine *e, PyObject *chars) {
    if (exact_tuple(chars, -1, "chars") < 0) {
        return -1;
    }
    e->pages = PyMem_Calloc(PAGES, sizeof(Char *));
    if (e->pages == NULL) {
        PyErr_NoMemory();
        return -1;
    }
    for (Py_ssize_t i = 0; i < PyTuple_GET_SIZE(chars); i++) {
        PyObject *t = PyTuple_GET_ITEM(chars, i);
        if (exact_tuple(t, 7, "each char") < 0) {
            return -1;
        }
        long long cp, flags, lower, forms, rule0, nrules, sets;
        if (int_at(t, 0, 0, 0x10FFFF, &cp) < 0 || int_at(t, 1, 0, 65535, &flags) < 0 ||
            int_at(t, 2, 0, 0x10FFFF, &lower) < 0 || int_at(t, 3, 0, e->nforms - 1, &forms) < 0 ||
            int_at(t, 4, 0, e->nrules, &rule0) < 0 ||
            int_at(t, 5, 0, e->nrules - rule0, &nrules) < 0) {
            return -1;
        }
        PyObject *s = PyTuple_GET_ITEM(t, 6);
        if (!PyLong_CheckExact(s)) {
            PyErr_SetString(PyExc_TypeError, "Engine(): table entries must be int");
            return -1;
        }
        sets = (long long)PyLong_AsUnsignedLongLong(s);
        if (PyErr_Occurred()) {
            return -1;
        }
        for (long long k = rule0; k < rule0 + nrules; k++) {
            if (e->pool[e->rules[k].match.off] != (Py_UCS4)lower) {
                return bad("a rule is listed under another letter than its first");
            }
        }
        Char **page = &e->pages[cp >> 8];
        if (*page == NULL) {
            *page = PyMem_Malloc(256 * sizeof(Char));
            if (*page == NULL) {
                PyErr_NoMemory();
                return -1;
            }
            for (int k = 0; k < 256; k++) {
                (*page)[k] = NOTHING;
            }
        }
        Char *c = &(*page)[cp & 0xff];
        c->sets = (uint64_t)sets;
        c->lower = (uint32_t)lower;
        c->flags = (uint32_t)flags;
        c->forms = (int32_t)forms;
        c->rule0 = (int32_t)rule0;
        c->nrules = (int32_t)nrules;
    }
    return 0;
}

static int cmp_compose(const void *a, const void *b) {
    uint64_t x = ((const Compose *)a)->key, y = ((const Compose *)b)->key;
    return (x > y) - (x < y);
}

static int load_compose(Engine *e, PyObject *compose) {
    if (exact_tuple(compose, -1, "compose") < 0) {
        return -1;
    }
    e->ncompose = PyTuple_GET_SIZE(compose);
    e->compose = PyMem_Calloc((size_t)e->ncompose + 1, sizeof(Compose));
    if (e->compose == NULL) {
        PyErr_NoMemory();
        return -1;
    }
    for (Py_ssize_t i = 0; i < e->ncompose; i++) {
        PyObject *t = PyTuple_GET_ITEM(compose, i);
        long long a, mark, to;
        if (exact_tuple(t, 3, "each composition") < 0 || int_at(t, 0, 0, 0x10FFFF, &a) < 0 ||
            int_at(t, 1, 0, 0x10FFFF, &mark) < 0 || int_at(t, 2, 0, NO_CHAR, &to) < 0) {
            return -1;
        }
        e->compose[i].key = (uint64_t)a << 32 | (uint64_t)mark;
        e->compose[i].to = (Py_UCS4)to;
    }
    qsort(e->compose, (size_t)e->ncompose, sizeof(Compose), cmp_compose);
    return 0;
}

/* NFC(a + mark): one character, NO_CHAR (more than one), or 0 (a + mark as they are). */
static Py_UCS4 composed(const Engine *e, Py_UCS4 a, Py_UCS4 mark) {
    uint64_t key = (uint64_t)a << 32 | mark;
    Py_ssize_t lo = 0, hi = e->ncompose;
    while (lo < hi) {
        Py_ssize_t mid = (lo + hi) / 2;
        if (e->compose[mid].key < key) {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    return lo < e->ncompose && e->compose[lo].key == key ? e->compose[lo].to : 0;
}

static int engine_traverse(Engine *e, visitproc visit, void *arg) {
    Py_VISIT(e->fallback);
    Py_VISIT(e->reduce);
    return 0;
}

static int engine_clear(Engine *e) {
    Py_CLEAR(e->fallback);
    Py_CLEAR(e->reduce);
    return 0;
}

static void engine_dealloc(Engine *e) {
    PyObject_GC_UnTrack(e);
    engine_clear(e);
    if (e->pages != NULL) {
        for (Py_ssize_t i = 0; i < PAGES; i++) {
            PyMem_Free(e->pages[i]);
        }
        PyMem_Free(e->pages);
    }
    PyMem_Free(e->forms);
    PyMem_Free(e->rules);
    PyMem_Free(e->pool);
    PyMem_Free(e->compose);
    Py_TYPE(e)->tp_free((PyObject *)e);
}

static PyObject *engine_new(PyTypeObject *type, PyObject *args, PyObject *kwds) {
    PyObject *chars, *forms, *rules, *compose = NULL, *fallback = NULL, *reduce = NULL;
    int mode;
    if (kwds != NULL && PyDict_GET_SIZE(kwds) != 0) {
        PyErr_SetString(PyExc_TypeError, "Engine() takes no keyword arguments");
        return NULL;
    }
    if (!PyArg_ParseTuple(args, "OOOi|OOO:Engine", &chars, &forms, &rules, &mode, &compose,
                          &fallback, &reduce)) {
        return NULL;
    }
    if (fallback == Py_None) {
        fallback = NULL;
    }
    if (fallback != NULL && !PyCallable_Check(fallback)) {
        PyErr_SetString(PyExc_TypeError, "Engine(): the fallback must be callable");
        return NULL;
    }
    if (reduce == Py_None) {
        reduce = NULL;
    }
    if (reduce != NULL && (!PyTuple_CheckExact(reduce) || PyTuple_GET_SIZE(reduce) != 2 ||
                           !PyCallable_Check(PyTuple_GET_ITEM(reduce, 0)) ||
                           !PyTuple_CheckExact(PyTuple_GET_ITEM(reduce, 1)))) {
        PyErr_SetString(PyExc_TypeError, "Engine(): reduce must be a (callable, tuple) pair");
        return NULL;
    }
    if (mode < 0 || mode > 31 || ((mode & M_LOOKALIKE) && (mode & M_INNER_RUNS))) {
        PyErr_SetString(PyExc_ValueError, "Engine(): unknown mode");
        return NULL;
    }
    Engine *e = (Engine *)type->tp_alloc(type, 0);
    if (e == NULL) {
        return NULL;
    }
    e->mode = mode;
    e->fallback = Py_XNewRef(fallback);
    e->reduce = Py_XNewRef(reduce);
    Py_ssize_t cap = 0;
    PyObject *none = PyTuple_New(0);
    if (none == NULL) {
        Py_DECREF(e);
        return NULL;
    }
    int failed = load_forms(e, forms, &cap) < 0 || load_rules(e, rules, &cap) < 0 ||
                 load_chars(e, chars) < 0 ||
                 load_compose(e, compose != NULL ? compose : none) < 0;
    Py_DECREF(none);
    if (failed) {
        Py_DECREF(e);
        return NULL;
    }
    return (PyObject *)e;
}

/* -- the output buffer --------------------------------------------------------------------- */

typedef struct {
    char *buf;
    int kind;
    Py_UCS4 max;
    Py_ssize_t len, cap;
    Py_ssize_t room; /* cap / kind: the characters the buffer holds */
    Py_UCS4 limit;   /* the largest character of its kind */
    char small[1024];
} Writer;

static void w_init(Writer *w) {
    w->buf = w->small;
    w->kind = 1;
    w->max = 0;
    w->len = 0;
    w->cap = (Py_ssize_t)sizeof(w->small);
    w->room = w->cap;
    w->limit = 0xff;
}

static void w_free(Writer *w) {
    if (w->buf != w->small) {
        PyMem_Free(w->buf);
    }
}

/* Room for `extra` more characters, the widest being `max`. */
static int w_grow(Writer *w, Py_ssize_t extra, Py_UCS4 max) {
    int kind = max > 0xffff ? 4 : max > 0xff ? 2 : 1;
    if (kind < w->kind) {
        kind = w->kind;
    }
    Py_ssize_t cap = w->cap / w->kind;
    if (w->len + extra > cap) {
        if (w->len > PY_SSIZE_T_MAX / 8 - extra) {
            PyErr_NoMemory();
            return -1;
        }
        cap = (w->len + extra) * 2;
    }
    if (kind == w->kind && cap * kind <= w->cap) {
        return 0;
    }
    char *buf = PyMem_Malloc((size_t)cap * (size_t)kind);
    if (buf == NULL) {
        PyErr_NoMemory();
        return -1;
    }
    if (kind == w->kind) {
        memcpy(buf, w->buf, (size_t)w->len * (size_t)kind);
    } else {
        for (Py_ssize_t i = 0; i < w->len; i++) {
            PyUnicode_WRITE(kind, buf, i, PyUnicode_READ(w->kind, w->buf, i));
        }
    }
    w_free(w);
    w->buf = buf;
    w->kind = kind;
    w->cap = cap * kind;
    w->room = cap;
    w->limit = kind == 1 ? 0xff : kind == 2 ? 0xffff : 0x10ffff;
    return 0;
}

static inline int w_room(Writer *w, Py_ssize_t extra, Py_UCS4 max) {
    if (max > w->max) {
        w->max = max;
    }
    if (w->len + extra > w->room || max > w->limit) {
        return w_grow(w, extra, max);
    }
    return 0;
}

static inline int w_char(Writer *w, Py_UCS4 c) {
    if (w_room(w, 1, c) < 0) {
        return -1;
    }
    PyUnicode_WRITE(w->kind, w->buf, w->len, c);
    w->len++;
    return 0;
}

static inline int w_span(Writer *w, const Engine *e, Span s) {
    if (w_room(w, s.len, s.max) < 0) {
        return -1;
    }
    const Py_UCS4 *p = e->pool + s.off;
    switch (w->kind) {
    case 1: {
        Py_UCS1 *d = (Py_UCS1 *)w->buf + w->len;
        if (s.len == 1) { /* most pieces: one letter */
            d[0] = (Py_UCS1)p[0];
            break;
        }
        for (Py_ssize_t i = 0; i < s.len; i++) {
            d[i] = (Py_UCS1)p[i];
        }
        break;
    }
    case 2: {
        Py_UCS2 *d = (Py_UCS2 *)w->buf + w->len;
        for (Py_ssize_t i = 0; i < s.len; i++) {
            d[i] = (Py_UCS2)p[i];
        }
        break;
    }
    default:
        memcpy((Py_UCS4 *)w->buf + w->len, p, (size_t)s.len * sizeof(Py_UCS4));
    }
    w->len += s.len;
    return 0;
}

static PyObject *w_finish(Writer *w) {
    PyObject *s = PyUnicode_New(w->len, w->max);
    if (s != NULL) {
        memcpy(PyUnicode_DATA(s), w->buf, (size_t)w->len * (size_t)w->kind);
    }
    return s;
}

/* -- one pass over a text ------------------------------------------------------------------ */

typedef struct {
    Py_ssize_t start, end; /* in the output */
    int32_t forms;
} Held;

typedef struct {
    Writer out;
    Held *held;
    Py_ssize_t nheld, heldcap;
    Py_ssize_t ncased; /* held words whose title and capitals differ: resolve() has work */
    int changed;
    int keep_held;            /* write held words as OPEN title CLOSE (Engine.held) */
    Py_ssize_t marked, mend; /* the word with a mark that stopped the pass */
    PyObject *text;          /* the whole text: an acronym's line is read in it (caps_line),
                              * also in held(text, start, stop) */
    Py_ssize_t line_lo, line_hi; /* the last line read (caps_line): text[lo:hi] */
    int line_caps;               /* and whether it is in capitals */
} Run;

static void run_init(Run *r, PyObject *text) {
    w_init(&r->out);
    r->held = NULL;
    r->nheld = r->heldcap = 0;
    r->ncased = 0;
    r->changed = 0;
    r->keep_held = 0;
    r->marked = r->mend = -1;
    r->text = text;
    r->line_lo = r->line_hi = 0;
}

static inline int is_word_char(Py_UCS4 c) { return Py_UNICODE_ISALNUM(c) || c == '_'; }

static inline int is_letter(Py_UCS4 c) {
    return is_word_char(c) && !Py_UNICODE_ISDECIMAL(c) && c != '_';
}

/* What ends a line: as str.splitlines cuts, and the NUL that joins batched lines (case.py,
 * BREAKS). */
static inline int is_break(Py_UCS4 c) {
    switch (c) {
    case '\n': case '\r': case 0x0b: case 0x0c: case 0x1c: case 0x1d: case 0x1e: case 0x85:
    case 0x2028: case 0x2029: case 0:
        return 1;
    }
    return 0;
}

/* Is the line of the text holding the word that starts at `d` in capitals: no small letter,
 * and a word of two letters or more (combining marks aside) with a vowel letter? The rule of
 * translit/engine/case.py, caps_line(); the last line read is remembered. -1 where a combining
 * mark follows a letter: the interpreter reads such a line in NFC (И + U+0306 is Й, no vowel). */
static __attribute__((noinline)) int caps_line(const Engine *e, Run *r, const void *d) {
    int kind = PyUnicode_KIND(r->text);
    const void *t = PyUnicode_DATA(r->text);
    Py_ssize_t n = PyUnicode_GET_LENGTH(r->text);
    Py_ssize_t at = ((const char *)d - (const char *)t) / kind;
    if (at >= r->line_lo && at < r->line_hi) {
        return r->line_caps;
    }
    Py_ssize_t lo = at, hi = at;
    while (lo > 0 && !is_break(PyUnicode_READ(kind, t, lo - 1))) {
        lo--;
    }
    while (hi < n && !is_break(PyUnicode_READ(kind, t, hi))) {
        hi++;
    }
    /* marked: a word of two letters or more where a mark follows a letter, whose vowels only
     * NFC tells; it decides only where no other word does */
    int caps = 0, vowel = 0, mark = 0, marked = 0;
    Py_ssize_t letters = 0;
    for (Py_ssize_t p = lo; p <= hi; p++) {
        Py_UCS4 c = p < hi ? PyUnicode_READ(kind, t, p) : ' ';
        if (Py_UNICODE_ISLOWER(c)) {
            caps = marked = 0;
            break;
        }
        if (is_letter(c)) {
            letters++;
            vowel |= (lookup(e, c)->flags & F_VOWEL) != 0;
        } else if (letters && (lookup(e, c)->flags & F_COMBINING)) {
            mark = 1;
        } else {
            caps |= letters >= 2 && vowel && !mark;
            marked |= letters >= 2 && mark;
            letters = vowel = mark = 0;
        }
    }
    caps = caps ? 1 : marked ? -1 : 0;
    r->line_lo = lo;
    r->line_hi = hi + 1;
    r->line_caps = caps;
    return caps;
}

static void run_free(Run *r) {
    w_free(&r->out);
    PyMem_Free(r->held);
}

#define CASED (F_UPPER | F_LOWER)

/* the table entry of the word's character t: read in place, in the text's buffer, or (a word
 * whose carried marks were set aside) from `cc` */
#define SHORT 64
#define AT(t) (cc != NULL ? cc[t] : lookup(e, PyUnicode_READ(kind, d, (t))))
#define LOW(t) (AT(t)->lower)
#define FL(t) (AT(t)->flags)

/* Does a context hold at the word's character `at` (outside the word: a word edge)? */
static inline __attribute__((always_inline)) int
in_set(const Engine *e, const Char *const *cc, int kind, const void *d, Py_ssize_t n, int set,
       int edge, Py_ssize_t at) {
    if (at < 0 || at >= n) {
        return edge;
    }
    return set >= 0 && ((AT(at)->sets >> set) & 1);
}

/* Which rule (its forms and length) applies at the word's character i. */
static inline __attribute__((always_inline)) int32_t
piece(const Engine *e, const Char *const *cc, int kind, const void *d, Py_ssize_t n, Py_ssize_t i,
      Py_ssize_t *j) {
    const Char *c = AT(i);
    for (int32_t k = 0; k < c->nrules; k++) {
        const Rule *rule = &e->rules[c->rule0 + k];
        Py_ssize_t m = rule->match.len;
        if (m > 1) {
            if (i + m > n) {
                continue;
            }
            const Py_UCS4 *p = e->pool + rule->match.off;
            Py_ssize_t q = 1;
            while (q < m && LOW(i + q) == p[q]) {
                q++;
            }
            if (q < m) {
                continue;
            }
        }
        if ((!rule->prev_any && !in_set(e, cc, kind, d, n, rule->prev_set, rule->prev_edge, i - 1)) ||
            in_set(e, cc, kind, d, n, rule->not_prev_set, rule->not_prev_edge, i - 1) ||
            (!rule->next_any && !in_set(e, cc, kind, d, n, rule->next_set, rule->next_edge, i + m)) ||
            in_set(e, cc, kind, d, n, rule->not_next_set, rule->not_next_edge, i + m)) {
            continue;
        }
        *j = i + m;
        return rule->forms;
    }
    *j = i + 1;
    return c->forms;
}

#define OPEN 0xfdd0
#define CLOSE 0xfdd2

#define DECLINED 1
#define ALL_LOWER 1 /* a word's case (word()): no capital */
#define MIXED 2     /* capitals and small letters */

/* Is the word of n characters at d (or in cc) an acronym written with title-case digraphs
 * (M_ACRONYMS): in capitals without a vowel letter, on a line not in capitals (on one in
 * capitals an acronym is in capitals too: РЕФОРМА ЖКХ → REFORMA ZHKKH)? -1: its line is the
 * interpreter's (caps_line). Out of line: a scheme without M_ACRONYMS never asks. */
static __attribute__((noinline)) int title_acronym(const Engine *e, Run *r, const Char *const *cc,
                                                   int kind, const void *d, Py_ssize_t n) {
    int upper = 0;
    for (Py_ssize_t t = 0; t < n; t++) {
        uint32_t f = FL(t);
        if (f & (F_LOWER | F_TITLE | F_VOWEL)) {
            return 0;
        }
        upper |= (f & F_UPPER) != 0;
    }
    if (!upper) {
        return 0;
    }
    int caps = caps_line(e, r, d);
    return caps < 0 ? -1 : !caps;
}

/* The word of n characters at d (or in cc, its carried marks in mk), romanised into r->out.
 * 0, DECLINED (a carried mark it cannot place) or -1 on error. */
static inline __attribute__((always_inline)) int
word(const Engine *e, Run *r, const Char *const *cc, const Py_UCS4 *mk, int kind, const void *d,
     Py_ssize_t n, int lower, int acronyms) {
    /* lower: ALL_LOWER (no capital), MIXED (capitals and small letters) or 0 (no small one);
     * acronyms: the scheme's M_ACRONYMS (a constant: pass() is compiled with and without) */
    int lone = n == 1 && (FL(0) & F_UPPER);
    if (lone && mk != NULL && mk[0]) {
        return DECLINED; /* Я́: a held word with a mark */
    }
    if (lone && r->keep_held) {
        Py_ssize_t j;
        int32_t forms = piece(e, cc, kind, d, n, 0, &j);
        const Forms *f = &e->forms[forms];
        return w_char(&r->out, OPEN) < 0 || w_span(&r->out, e, f->f[1]) < 0 ||
                       w_char(&r->out, CLOSE) < 0
                   ? -1
                   : 0;
    }
    int acronym = 0;
    if (acronyms && lower != ALL_LOWER && n >= 2) {
        acronym = title_acronym(e, r, cc, kind, d, n);
        if (acronym < 0) {
            return DECLINED; /* (the interpreter converts the word, reading its line in NFC) */
        }
    }
    Py_ssize_t word_start = r->out.len;
    /* the case around an uncased piece: the last two cased letters before it (scanned up to
     * `b_at`), the first cased one after it (at `a_at`, found from `a_from`) */
    Py_ssize_t b_at = 0, a_from = -1, a_at = 0;
    uint32_t last = 0, second = 0;
    int32_t forms = -1;
    Py_ssize_t i = 0;
    while (i < n) {
        Py_ssize_t j;
        forms = piece(e, cc, kind, d, n, i, &j); /* (every letter's entry has an output) */
        int form = 0;
        if (lower == ALL_LOWER) {
            form = 0;
        } else if (acronym) {
            form = 1;
        } else {
            Py_ssize_t k = i;
            uint32_t fi = FL(i);
            if (fi & F_LOWER) {
                k = -1;
            } else if (!(fi & F_UPPER)) {
                /* an uncased sign first: its first cased letter decides, else its neighbours */
                for (Py_ssize_t q = i + 1; q < j; q++) {
                    if (FL(q) & CASED) {
                        k = q;
                        break;
                    }
                }
                uint32_t fk = FL(k);
                if (!(fk & F_UPPER)) {
                    int upper = 0;
                    if (!(fk & F_LOWER)) {
                        for (; b_at < i; b_at++) {
                            uint32_t fb = FL(b_at) & CASED;
                            if (fb) {
                                second = last;
                                last = fb;
                            }
                        }
                        /* no cased letter before (a word-initial palochka): the first one
                         * after decides, as in translit/engine/case.py Around.upper */
                        if (last == F_UPPER || last == 0) {
                            if (a_from < 0 || j > a_at) {
                                a_at = j;
                                while (a_at < n && !(FL(a_at) & CASED)) {
                                    a_at++;
                                }
                                a_from = j;
                            }
                            upper = a_at < n ? (FL(a_at) & CASED) == F_UPPER
                                             : last == F_UPPER && second == F_UPPER;
                        }
                    }
                    k = -1;
                    form = upper ? 2 : 0;
                }
            }
            if (k >= 0) {
                /* a capital: in capitals when the next cased letter is one, or, with none
                 * after it, the cased letter before it; uncased signs between (an apostrophe,
                 * a palochka) do not count (translit/engine/romanizer.py _neighbour_upper).
                 * In a word holding a small letter it is the initial of a word, in title case
                 * (ЮУрГУ → YuUrGU: translit/engine/romanizer.py _cased) */
                int caps = lower != MIXED && j - k > 1 && (FL(k + 1) & F_UPPER);
                if (!caps && lower != MIXED) {
                    Py_ssize_t m = j;
                    while (m < n && !(FL(m) & CASED)) {
                        m++;
                    }
                    if (m < n) {
                        caps = (FL(m) & F_UPPER) != 0;
                    } else {
                        Py_ssize_t p = k - 1;
                        while (p >= 0 && !(FL(p) & CASED)) {
                            p--;
                        }
                        caps = p >= 0 && (FL(p) & F_UPPER);
                    }
                }
                form = caps ? 2 : 1;
            }
        }
        Span out = e->forms[forms].f[form];
        if (mk != NULL) { /* the marks of the piece's letters follow its output, in NFC */
            Py_UCS4 mark = 0;
            for (Py_ssize_t q = i; q < j; q++) {
                if (mk[q] && mark) {
                    return DECLINED;
                }
                mark = mk[q] ? mk[q] : mark;
            }
            if (!(e->forms[forms].simple >> form & 1)) {
                return DECLINED;
            }
            if (mark) {
                Py_UCS4 last = e->pool[out.off + out.len - 1];
                Py_UCS4 to = composed(e, last, mark);
                if (to == NO_CHAR) {
                    return DECLINED;
                }
                out.len--;
                if (w_span(&r->out, e, out) < 0 || w_char(&r->out, to ? to : last) < 0 ||
                    (!to && w_char(&r->out, mark) < 0)) {
                    return -1;
                }
                i = j;
                continue;
            }
        }
        if (w_span(&r->out, e, out) < 0) {
            return -1;
        }
        i = j;
    }
    if (lone) {
        if (r->nheld == r->heldcap) {
            Py_ssize_t cap = r->heldcap ? r->heldcap * 2 : 16;
            Held *held = PyMem_Realloc(r->held, (size_t)cap * sizeof(Held));
            if (held == NULL) {
                PyErr_NoMemory();
                return -1;
            }
            r->held = held;
            r->heldcap = cap;
        }
        r->held[r->nheld++] = (Held){word_start, r->out.len, forms};
        r->ncased += !e->forms[forms].same;
    }
    return 0;
}

/* A word holding carried marks (n characters at d): its marks set aside after NFC composition
 * (е + U+0308 → ё), then romanised by word(). 0, DECLINED or -1. */
static inline __attribute__((always_inline)) int
carried(const Engine *e, Run *r, int kind, const void *d, Py_ssize_t n, int acronyms) {
    const Char *cc[SHORT];
    Py_UCS4 cp[SHORT], mk[SHORT];
    Py_ssize_t t = 0;
    int after_mark = 1, all_lower = 1, kept = 0;
    for (Py_ssize_t q = 0; q < n; q++) {
        Py_UCS4 ch = PyUnicode_READ(kind, d, q);
        const Char *c = lookup(e, ch);
        if (c->flags & F_STRESS) {
            if (after_mark) {
                return DECLINED; /* two marks in a row */
            }
            after_mark = 1;
            Py_UCS4 to = composed(e, cp[t - 1], ch);
            if (to == 0) {
                if (!(e->mode & M_DROP_MARKS)) { /* (an ASCII scheme drops it) */
                    mk[t - 1] = ch;              /* set aside, to follow its letter's output */
                    kept = 1;
                }
                continue;
            }
            const Char *tc = lookup(e, to);
            if (to == NO_CHAR || !(tc->flags & F_WORD) || (tc->flags & (F_MARK | F_STRESS))) {
                return DECLINED;
            }
            cc[t - 1] = tc;
            cp[t - 1] = to;
            continue;
        }
        if (t == SHORT) {
            return DECLINED;
        }
        after_mark = 0;
        cc[t] = c;
        cp[t] = ch;
        mk[t] = 0;
        t++;
    }
    uint32_t flags = 0;
    for (Py_ssize_t q = 0; q < t; q++) {
        all_lower &= cc[q]->lower == cp[q];
        flags |= cc[q]->flags;
    }
    /* (marks that all composed leave a plain word: no NFC of its output, as in _word) */
    return word(e, r, cc, kept ? mk : NULL, kind, d, t,
                all_lower ? ALL_LOWER : (flags & F_LOWER) ? MIXED : 0, acronyms);
}

/* Whether a letter that is no word's (a Latin letter beside a Cyrillic word) stands at
 * data[i], or after any number of characters there that may be marks, going by `step` (-1:
 * back from a word's start, 1: on from its end). A superset of where the look-alike rule of
 * translit/engine/lookalike.py finds a Latin letter touching a Cyrillic one through any
 * number of marks (a count would read NFC and NFD otherwise: c + 4 acutes is ć + 3): any
 * letter no word holds counts, and any non-ASCII character that is neither a letter nor a
 * space is read past as a possible mark. Called only where the character beside the word is
 * not one below 'A' (a space, a digit, most signs: one comparison in pass()); a run so read
 * lies beside at most two words, so a text is read at most three times. */
static __attribute__((noinline)) int beside_letter(const Engine *e, int kind, const void *data,
                                                    Py_ssize_t n, Py_ssize_t i, int step) {
    for (; i >= 0 && i < n; i += step) {
        Py_UCS4 ch = PyUnicode_READ(kind, data, i);
        if (ch < 0x80 ? ((ch | 0x20) - 'a') < 26u : Py_UNICODE_ISALPHA(ch)) {
            return !(lookup(e, ch)->flags & F_START); /* (a word's letter: the next word) */
        }
        if (ch < 0x80 || Py_UNICODE_ISSPACE(ch)) {
            return 0;
        }
    }
    return 0;
}

/* Whether the word data[0:n] (a word of pass(): letters, marks, inner punctuation) holds a
 * run of two or more F_NUMERAL letters with no other letter beside it: a word of the look-alike
 * rule that may be a Roman numeral typed in Cyrillic letters (ХХ, ХІХ-ХХ). A superset of what
 * translit/engine/lookalike.py repairs (it decides: ХХХХ and ІХ stay), as marks end a run. */
static __attribute__((noinline)) int numeral_run(const Engine *e, int kind, const void *data,
                                                 Py_ssize_t n) {
    Py_ssize_t run = 0;
    int after_letter = 0; /* the run started right after another letter */
    for (Py_ssize_t i = 0; i <= n; i++) {
        Py_UCS4 ch = i < n ? PyUnicode_READ(kind, data, i) : ' ';
        if (i < n && (lookup(e, ch)->flags & F_NUMERAL)) {
            after_letter = run ? after_letter : (i > 0 && Py_UNICODE_ISALPHA(PyUnicode_READ(kind, data, i - 1)));
            run++;
            continue;
        }
        if (run >= 2 && !after_letter && !Py_UNICODE_ISALPHA(ch)) {
            return 1;
        }
        run = 0;
    }
    return 0;
}

/* Whether pass() checks a word's ends for a letter of no word (look-alikes to repair): read
 * from memory where a character beside a word asks, so the loop holds no register for it. */
#define LOOKALIKE(e, r) (((e)->mode & M_LOOKALIKE) && !(r)->keep_held)

/* The text's words romanised into r->out, everything else copied. 0, DECLINED or -1; a
 * word it declines (a mark) makes it stop, with that word's span in r->marked, r->mend; a
 * word beside a letter of no word (M_LOOKALIKE, not in held()) declines the text. */
static inline __attribute__((always_inline)) int
pass(const Engine *e, Run *r, int kind, const void *data, Py_ssize_t n, int acronyms) {
    Py_ssize_t i = 0;
    Py_UCS4 before = ' '; /* the character before a word (the last one copied) */
    while (i < n) {
        Py_UCS4 ch = PyUnicode_READ(kind, data, i);
        const Char *c = lookup(e, ch);
        if (!(c->flags & F_START)) {
            if ((c->flags & F_DECLINE) ||
                ((c->flags & F_APOSTROPHE) && LOOKALIKE(e, r) && i > 0 && i + 1 < n &&
                 (lookup(e, PyUnicode_READ(kind, data, i - 1))->flags & F_APOS_AFTER) &&
                 (lookup(e, PyUnicode_READ(kind, data, i + 1))->flags & F_APOS_BEFORE))) {
                return DECLINED;
            }
            if (w_char(&r->out, ch) < 0) {
                return -1;
            }
            before = ch;
            i++;
            continue;
        }
        /* a word: up to its end, as the word regex of compile_body() reads it */
        r->changed = 1;
        Py_ssize_t start = i;
        if (before >= 'A' && LOOKALIKE(e, r) && beside_letter(e, kind, data, n, start - 1, -1)) {
            return DECLINED;
        }
        int all_lower = 1;
        uint32_t flags = 0; /* its characters' flags, or-ed: F_MARK, F_STRESS, F_NUMERAL */
        /* the entries of a short word's characters, read once here: word() reads each one
         * several times (its case, its rules' contexts) */
        const Char *cw[SHORT];
        for (;;) {
            if (i - start < SHORT) {
                cw[i - start] = c;
            }
            flags |= c->flags;
            all_lower &= c->lower == ch;
            i++;
            if (i >= n) {
                break;
            }
            ch = PyUnicode_READ(kind, data, i);
            c = lookup(e, ch);
            if (c->flags & F_WORD) {
                continue;
            }
            if (!(c->flags & F_INNER)) {
                if (ch >= 'A' && LOOKALIKE(e, r) && beside_letter(e, kind, data, n, i, 1)) {
                    return DECLINED;
                }
                break;
            }
            /* inner punctuation: one between letters, or (a Latin source) a run that may also
             * end the word */
            Py_ssize_t q = i + 1;
            if (e->mode & M_INNER_RUNS) {
                while (q < n && (lookup(e, PyUnicode_READ(kind, data, q))->flags & F_INNER)) {
                    q++;
                }
            }
            Py_ssize_t s = q; /* (one sign of a Cyrillic source: then marks and characters
                               * without a glyph may come before the letter, Знам’\xadянка, as
                               * compile_body()'s word regex reads them) */
            if (!(e->mode & M_INNER_RUNS)) {
                while (s < n && (lookup(e, PyUnicode_READ(kind, data, s))->flags &
                                 (F_START | F_WORD)) == F_WORD) {
                    s++;
                }
            }
            int more = s < n && (lookup(e, PyUnicode_READ(kind, data, s))->flags & F_START);
            if (!more && !(e->mode & M_INNER_RUNS)) {
                if (ch >= 'A' && LOOKALIKE(e, r) && beside_letter(e, kind, data, n, i, 1)) {
                    return DECLINED;
                }
                break;
            }
            for (; i < q; i++) { /* the inner run belongs to the word */
                Py_UCS4 p = PyUnicode_READ(kind, data, i);
                const Char *pc = lookup(e, p);
                if (i - start < SHORT) {
                    cw[i - start] = pc;
                }
                flags |= pc->flags;
                all_lower &= pc->lower == p;
            }
            if (!more) {
                break;
            }
            ch = PyUnicode_READ(kind, data, i);
            c = lookup(e, ch);
        }
        const char *d = (const char *)data + start * kind;
        if ((flags & F_NUMERAL) && LOOKALIKE(e, r) && numeral_run(e, kind, d, i - start)) {
            return DECLINED;
        }
        Py_ssize_t at = r->out.len;
        int done = (flags & F_MARK) ? DECLINED
                   : (flags & F_STRESS) ? carried(e, r, kind, d, i - start, acronyms)
                            : word(e, r, i - start <= SHORT ? cw : NULL, NULL, kind, d, i - start,
                                   all_lower ? ALL_LOWER : (flags & F_LOWER) ? MIXED : 0,
                                   acronyms);
        if (done < 0) {
            return -1;
        }
        if (done == DECLINED) {
            r->out.len = at;
            r->marked = start;
            r->mend = i;
            return DECLINED;
        }
    }
    return 0;
}

/* -- one-letter capital words: capitals beside an all-caps word ---------------------------- */

/* A character of the gap between two words: a sign, a space or a digit (a number says nothing
 * about case: Я 4 ГОДА → YA 4 GODA), never a letter nor a line break (case.py, _GAP). */
static inline int is_gap(Py_UCS4 c) {
    switch (c) {
    case '\n': case '\r': case 0x0b: case 0x0c: case 0x1c: case 0x1d: case 0x1e: case 0x85:
    case 0x2028: case 0x2029: case 0: case 0xfdd0: case 0xfdd2:
        return 0;
    }
    return !is_word_char(c) || Py_UNICODE_ISDECIMAL(c);
}

/* Is the letter run of out[from ...] (stepping by `step`, staying in [lo, hi)) after a gap
 * an all-caps word of two letters or more? A sign flagged F_JOIN between two letters, and a
 * combining mark (F_COMBINING) after the first, stay inside the run (translit/engine/case.py,
 * JOINERS). */
static int caps_word(const Engine *e, const Writer *w, Py_ssize_t from, int step, Py_ssize_t lo,
                     Py_ssize_t hi) {
    Py_ssize_t p = from;
    while (p >= lo && p < hi && is_gap(PyUnicode_READ(w->kind, w->buf, p))) {
        p += step;
    }
    Py_ssize_t letters = 0;
    int upper = 0;
    for (; p >= lo && p < hi; p += step) {
        Py_UCS4 c = PyUnicode_READ(w->kind, w->buf, p);
        if (!is_letter(c)) {
            /* a joiner between two letters, or a combining mark after the first (NFD = NFC):
             * the word goes on */
            Py_ssize_t q = p + step;
            uint32_t flags = lookup(e, c)->flags;
            if (letters && (flags & F_COMBINING)) {
                continue;
            }
            if (letters && (flags & F_JOIN) && q >= lo && q < hi &&
                is_letter(PyUnicode_READ(w->kind, w->buf, q))) {
                continue;
            }
            break;
        }
        letters++;
        if (Py_UNICODE_ISLOWER(c) || Py_UNICODE_ISTITLE(c)) {
            upper = -1;
        } else if (upper == 0 && Py_UNICODE_ISUPPER(c)) {
            upper = 1;
        }
    }
    return letters >= 2 && upper == 1;
}

static inline int is_initial(const Writer *w, const Run *r, Py_ssize_t h) {
    Py_ssize_t end = r->held[h].end;
    return end < w->len && PyUnicode_READ(w->kind, w->buf, end) == '.';
}

/* Is there only a gap between held word h and held word h + 1? */
static int linked(const Writer *w, const Run *r, Py_ssize_t h) {
    for (Py_ssize_t p = r->held[h].end; p < r->held[h + 1].start; p++) {
        if (!is_gap(PyUnicode_READ(w->kind, w->buf, p))) {
            return 0;
        }
    }
    return 1;
}

/* Is the output line holding held word h in capitals, its held words aside: no small letter,
 * and a word of two letters or more (combining marks aside)? (translit/engine/case.py,
 * _line_caps(): caps_line() with any letter counting as a vowel.) The last line read is kept
 * in *lo, *hi, *known. */
static int out_line_caps(const Engine *e, const Writer *w, const Run *r, Py_ssize_t h,
                         Py_ssize_t *lo, Py_ssize_t *hi, int *known) {
    Py_ssize_t at = r->held[h].start;
    if (at >= *lo && at < *hi) {
        return *known;
    }
    Py_ssize_t a = at, b = at;
    while (a > 0 && !is_break(PyUnicode_READ(w->kind, w->buf, a - 1))) {
        a--;
    }
    while (b < w->len && !is_break(PyUnicode_READ(w->kind, w->buf, b))) {
        b++;
    }
    Py_ssize_t g = h; /* the first held word on the line */
    while (g > 0 && r->held[g - 1].end > a) {
        g--;
    }
    int caps = 0;
    Py_ssize_t letters = 0;
    for (Py_ssize_t p = a; p <= b; p++) {
        Py_UCS4 c = ' ';
        if (g < r->nheld && p == r->held[g].start) {
            p = r->held[g++].end - 1; /* a held word: read as a space */
        } else if (p < b) {
            c = PyUnicode_READ(w->kind, w->buf, p);
        }
        if (Py_UNICODE_ISLOWER(c)) {
            caps = 0;
            break;
        }
        if (is_letter(c)) {
            letters++;
        } else if (!letters || !(lookup(e, c)->flags & F_COMBINING)) {
            caps |= letters >= 2;
            letters = 0;
        }
    }
    *lo = a;
    *hi = b + 1;
    *known = caps;
    return caps;
}

/* The output with each held one-letter word in capitals where its line says so. */
static PyObject *resolve(const Engine *e, Run *r) {
    Writer *w = &r->out;
    char *caps = PyMem_Calloc((size_t)r->nheld + 1, 1);
    if (caps == NULL) {
        return PyErr_NoMemory();
    }
    int any = 0;
    Py_ssize_t line_lo = 0, line_hi = 0;
    int line_known = 0;
    for (Py_ssize_t h = 0; h < r->nheld; h++) {
        Held *x = &r->held[h];
        if (is_initial(w, r, h)) { /* an initial follows its line (Ю. А. ГАГАРИН → YU. A.) */
            caps[h] = (char)out_line_caps(e, w, r, h, &line_lo, &line_hi, &line_known);
            any |= caps[h];
            continue;
        }
        Py_ssize_t prev_end = h ? r->held[h - 1].end : 0;
        Py_ssize_t next_start = h + 1 < r->nheld ? r->held[h + 1].start : w->len;
        Py_ssize_t lo = x->start - NEAR > prev_end ? x->start - NEAR : prev_end;
        Py_ssize_t hi = x->end + NEAR < next_start ? x->end + NEAR : next_start;
        caps[h] = (char)(caps_word(e, w, x->start - 1, -1, lo, x->start) ||
                         caps_word(e, w, x->end, 1, x->end, hi));
        any |= caps[h];
    }
    if (any) {
        /* capitals spread along a run of held words with only a gap between them, which read
         * each other as no word, forwards (ЮЛЯ И Я) and backwards (Я И ТЫ) to a word that is
         * no initial (case.py, _link_runs()) */
        for (Py_ssize_t h = 1; h < r->nheld; h++) {
            if (!caps[h] && caps[h - 1] && !is_initial(w, r, h) && linked(w, r, h - 1)) {
                caps[h] = 1;
            }
        }
        for (Py_ssize_t h = r->nheld - 2; h >= 0; h--) {
            if (!caps[h] && caps[h + 1] && !is_initial(w, r, h) && linked(w, r, h)) {
                caps[h] = 1;
            }
        }
    }
    PyObject *result = NULL;
    if (!any) {
        result = w_finish(w);
    } else {
        Writer o;
        w_init(&o);
        Py_ssize_t at = 0;
        int ok = 0;
        for (Py_ssize_t h = 0; h <= r->nheld; h++) {
            Py_ssize_t upto = h < r->nheld ? r->held[h].start : w->len;
            for (; at < upto; at++) {
                if (w_char(&o, PyUnicode_READ(w->kind, w->buf, at)) < 0) {
                    goto fail;
                }
            }
            if (h == r->nheld) {
                break;
            }
            const Forms *f = &e->forms[r->held[h].forms];
            if (w_span(&o, e, f->f[caps[h] ? 3 : 1]) < 0) {
                goto fail;
            }
            at = r->held[h].end;
        }
        ok = 1;
    fail:
        if (ok) {
            result = w_finish(&o);
        }
        w_free(&o);
    }
    PyMem_Free(caps);
    return result;
}

/* One pass over text[start:stop] (an exact str); 0, DECLINED or -1. */
static int run_text(const Engine *e, Run *r, PyObject *text, Py_ssize_t start, Py_ssize_t stop) {
    int kind = PyUnicode_KIND(text);
    const char *data = (const char *)PyUnicode_DATA(text) + start * kind;
    /* (pass() compiled for each kind, and with and without M_ACRONYMS: a scheme without it
     * runs no code of the acronyms' line rule) */
    if (e->mode & M_ACRONYMS) {
        switch (kind) {
        case PyUnicode_1BYTE_KIND:
            return pass(e, r, PyUnicode_1BYTE_KIND, data, stop - start, 1);
        case PyUnicode_2BYTE_KIND:
            return pass(e, r, PyUnicode_2BYTE_KIND, data, stop - start, 1);
        default:
            return pass(e, r, PyUnicode_4BYTE_KIND, data, stop - start, 1);
        }
    }
    switch (kind) {
    case PyUnicode_1BYTE_KIND:
        return pass(e, r, PyUnicode_1BYTE_KIND, data, stop - start, 0);
    case PyUnicode_2BYTE_KIND:
        return pass(e, r, PyUnicode_2BYTE_KIND, data, stop - start, 0);
    default:
        return pass(e, r, PyUnicode_4BYTE_KIND, data, stop - start, 0);
    }
}

static PyObject *engine_romanize(Engine *e, PyObject *text) {
    if (!PyUnicode_CheckExact(text)) {
        Py_RETURN_NONE; /* a str subclass (or anything else): the interpreter's business */
    }
    if ((e->mode & M_SKIP_ASCII) && PyUnicode_IS_ASCII(text)) {
        return Py_NewRef(text);
    }
    Run r;
    run_init(&r, text);
    int done = run_text(e, &r, text, 0, PyUnicode_GET_LENGTH(text));
    PyObject *result;
    if (done < 0) {
        result = NULL;
    } else if (done == DECLINED) {
        result = Py_NewRef(Py_None);
    } else if (!r.changed) {
        result = Py_NewRef(text);
    } else if (r.ncased) { /* else every held word reads the same either way */
        result = resolve(e, &r);
    } else {
        result = w_finish(&r.out);
    }
    run_free(&r);
    return result;
}

/* romanize(), or (a text it declines) the fallback's result: called once the pass is over and
 * its buffers are freed, so the Python code it runs never sees the engine mid-read. */
static PyObject *engine_convert(Engine *e, PyObject *text) {
    PyObject *result = engine_romanize(e, text);
    if (result != Py_None || e->fallback == NULL) {
        return result;
    }
    Py_DECREF(result);
    PyObject *fallback = Py_NewRef(e->fallback); /* (alive even if the call clears it) */
    result = PyObject_CallOneArg(fallback, text);
    Py_DECREF(fallback);
    return result;
}

/* Pickling: the pair given as `reduce` (the owner rebuilds its engine), so that a bound method
 * of the engine (a romaniser's `romanize`) pickles; without one, an engine cannot be pickled. */
static PyObject *engine_reduce(Engine *e, PyObject *Py_UNUSED(ignored)) {
    if (e->reduce == NULL) {
        PyErr_SetString(PyExc_TypeError, "cannot pickle an Engine made without reduce");
        return NULL;
    }
    return Py_NewRef(e->reduce);
}

static PyObject *engine_held(Engine *e, PyObject *const *args, Py_ssize_t nargs) {
    if (nargs < 1 || nargs > 3) {
        PyErr_SetString(PyExc_TypeError, "held() takes a str and an optional start and stop");
        return NULL;
    }
    PyObject *text = args[0];
    if (!PyUnicode_CheckExact(text)) {
        Py_RETURN_NONE;
    }
    Py_ssize_t n = PyUnicode_GET_LENGTH(text), start = 0, stop = n;
    if ((nargs > 1 && (start = PyLong_AsSsize_t(args[1])) == -1 && PyErr_Occurred()) ||
        (nargs > 2 && (stop = PyLong_AsSsize_t(args[2])) == -1 && PyErr_Occurred())) {
        return NULL;
    }
    if (start < 0 || start > stop || stop > n) {
        PyErr_SetString(PyExc_ValueError, "held(): need 0 <= start <= stop <= len(text)");
        return NULL;
    }
    Run r;
    run_init(&r, text);
    r.keep_held = 1;
    int done = run_text(e, &r, text, start, stop);
    PyObject *result;
    if (done < 0) {
        result = NULL;
    } else if (done == DECLINED && r.marked >= 0) {
        result = Py_BuildValue("(nn)", start + r.marked, start + r.mend);
    } else if (done == DECLINED) {
        result = Py_NewRef(Py_None);
    } else if (!r.changed) {
        result = PyUnicode_Substring(text, start, stop);
    } else {
        result = w_finish(&r.out);
    }
    run_free(&r);
    return result;
}

static PyMethodDef engine_methods[] = {
    {"romanize", (PyCFunction)engine_romanize, METH_O,
     "romanize(text, /)\n--\n\n"
     "The romanised text, or None when the text holds something the C engine leaves to the "
     "interpreter (a word with an unusual combining mark, the interpreter's sentinels, a str "
     "subclass)."},
    {"convert", (PyCFunction)engine_convert, METH_O,
     "convert(text, /)\n--\n\n"
     "romanize(text), or, for a text it declines, the engine's fallback called with the text "
     "(None without a fallback)."},
    {"__reduce__", (PyCFunction)engine_reduce, METH_NOARGS,
     "__reduce__()\n--\n\nThe (callable, args) pair given as reduce."},
    {"held", (PyCFunction)(void (*)(void))engine_held, METH_FASTCALL,
     "held(text, start=0, stop=len(text), /)\n--\n\n"
     "text[start:stop] romanised, its one-letter capital words held for their line (U+FDD0 "
     "title U+FDD2, as translit.engine.case.mark_lone writes them); or, when a word holds a "
     "mark, the (start, end) in text of the first such word; or None (the interpreter's "
     "sentinels, a str subclass)."},
    {NULL, NULL, 0, NULL},
};

static PyTypeObject EngineType = {
    PyVarObject_HEAD_INIT(NULL, 0)
    .tp_name = "translit._speedups.Engine",
    .tp_basicsize = sizeof(Engine),
    .tp_dealloc = (destructor)engine_dealloc,
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC,
    .tp_doc = "Engine(chars, forms, rules, mode, compose=(), fallback=None, reduce=None, /)"
              "\n--\n\n"
              "A scheme's compiled tables (translit.engine.tables.plain_tables) in C; "
              "convert() hands a text it declines to fallback; reduce, a (callable, args) "
              "pair, is what pickling it returns.",
    .tp_traverse = (traverseproc)engine_traverse,
    .tp_clear = (inquiry)engine_clear,
    .tp_methods = engine_methods,
    .tp_new = engine_new,
};

/* ---- changed_lines: a.split("\n") against b.split("\n"), no string made per line ---- */

/* The index of the first "\n" in s[i:n], or n. memchr finds the byte 0x0A; in a 2- or 4-byte
 * string that byte may be part of another character (U+040A), so the whole unit is checked. */
static Py_ssize_t next_newline(int kind, const char *d, Py_ssize_t i, Py_ssize_t n) {
    if (kind == PyUnicode_1BYTE_KIND) {
        const char *p = memchr(d + i, '\n', (size_t)(n - i));
        return p == NULL ? n : p - d;
    }
    const char *end = d + (size_t)n * (size_t)kind;
    const char *from = d + (size_t)i * (size_t)kind;
    while (from < end) {
        const char *p = memchr(from, '\n', (size_t)(end - from));
        if (p == NULL) {
            break;
        }
        Py_ssize_t at = (p - d) / kind;
        if (PyUnicode_READ(kind, d, at) == '\n') {
            return at;
        }
        from = p + 1;
    }
    return n;
}

static Py_ssize_t count_newlines(int kind, const char *d, Py_ssize_t i, Py_ssize_t n) {
    Py_ssize_t count = 0;
    for (i = next_newline(kind, d, i, n); i < n; i = next_newline(kind, d, i + 1, n)) {
        count++;
    }
    return count;
}

/* Whether a[i:i+len] and b[j:j+len] hold the same characters. */
static int same_chars(int ka, const char *a, Py_ssize_t i, int kb, const char *b, Py_ssize_t j,
                      Py_ssize_t len) {
    if (ka == kb) {
        return memcmp(a + (size_t)i * (size_t)ka, b + (size_t)j * (size_t)kb,
                      (size_t)len * (size_t)ka) == 0;
    }
    for (Py_ssize_t k = 0; k < len; k++) {
        if (PyUnicode_READ(ka, a, i + k) != PyUnicode_READ(kb, b, j + k)) {
            return 0;
        }
    }
    return 1;
}

static PyObject *changed_lines(PyObject *module, PyObject *const *args, Py_ssize_t nargs) {
    (void)module;
    if (nargs != 2) {
        PyErr_Format(PyExc_TypeError, "changed_lines() takes 2 arguments (%zd given)", nargs);
        return NULL;
    }
    PyObject *sa = args[0], *sb = args[1];
    if (!PyUnicode_CheckExact(sa) || !PyUnicode_CheckExact(sb)) {
        PyErr_SetString(PyExc_TypeError, "changed_lines(): both texts must be str (not a subclass)");
        return NULL;
    }
    int ka = PyUnicode_KIND(sa), kb = PyUnicode_KIND(sb);
    const char *a = PyUnicode_DATA(sa), *b = PyUnicode_DATA(sb);
    Py_ssize_t na = PyUnicode_GET_LENGTH(sa), nb = PyUnicode_GET_LENGTH(sb);
    Py_ssize_t i = 0, j = 0, pieces = 0, changed = 0;
    for (;;) { /* the pieces both texts have: i, j start the next one of each */
        Py_ssize_t ea = next_newline(ka, a, i, na), eb = next_newline(kb, b, j, nb);
        pieces++;
        if (ea - i != eb - j || !same_chars(ka, a, i, kb, b, j, ea - i)) {
            changed++;
        }
        if (ea == na && eb == nb) {
            return PyLong_FromSsize_t(changed);
        }
        if (ea == na) { /* b has more pieces: their count is the answer */
            return PyLong_FromSsize_t(pieces + 1 + count_newlines(kb, b, eb + 1, nb));
        }
        if (eb == nb) {
            return PyLong_FromSsize_t(pieces + 1 + count_newlines(ka, a, ea + 1, na));
        }
        i = ea + 1;
        j = eb + 1;
    }
}

/* first_of(text, table): the index of the first character of text whose code point c has bit
 * (c & 7) of byte (c >> 3) of table set, or -1; a code point beyond the table is not in it. */
static PyObject *first_of(PyObject *module, PyObject *const *args, Py_ssize_t nargs) {
    (void)module;
    if (nargs != 2) {
        PyErr_Format(PyExc_TypeError, "first_of() takes 2 arguments (%zd given)", nargs);
        return NULL;
    }
    PyObject *text = args[0], *table = args[1];
    if (!PyUnicode_CheckExact(text) || !PyBytes_CheckExact(table)) {
        PyErr_SetString(PyExc_TypeError,
                        "first_of(): the text must be str and the table bytes (not subclasses)");
        return NULL;
    }
    const unsigned char *bits = (const unsigned char *)PyBytes_AS_STRING(table);
    Py_ssize_t size = PyBytes_GET_SIZE(table);
    Py_UCS4 limit = size >= 0x22000 ? 0x110000 : (Py_UCS4)(size * 8); /* every code point */
    int kind = PyUnicode_KIND(text);
    const void *data = PyUnicode_DATA(text);
    Py_ssize_t n = PyUnicode_GET_LENGTH(text);
#define FIRST_OF_LOOP(T)                                                                       \
    do {                                                                                       \
        const T *p = (const T *)data;                                                          \
        for (Py_ssize_t i = 0; i < n; i++) {                                                   \
            Py_UCS4 c = p[i];                                                                  \
            if (c < limit && (bits[c >> 3] >> (c & 7)) & 1) {                                  \
                return PyLong_FromSsize_t(i);                                                  \
            }                                                                                  \
        }                                                                                      \
    } while (0)
    if (kind == PyUnicode_1BYTE_KIND) {
        FIRST_OF_LOOP(Py_UCS1);
    } else if (kind == PyUnicode_2BYTE_KIND) {
        FIRST_OF_LOOP(Py_UCS2);
    } else {
        FIRST_OF_LOOP(Py_UCS4);
    }
#undef FIRST_OF_LOOP
    return PyLong_FromSsize_t(-1);
}

/* ---- runs_of: the runs of a text's characters in a bitmap set ---- */

/* A list of the 2-tuples (flat[0], flat[1]), (flat[2], flat[3]), ... of n numbers (n even): made
 * item by item, which Py_BuildValue("(nn)") does at four times the cost (it reads its format
 * each time). */
static PyObject *pair_list(const Py_ssize_t *flat, Py_ssize_t n) {
    PyObject *out = PyList_New(n / 2);
    for (Py_ssize_t j = 0; out != NULL && j < n; j += 2) {
        PyObject *a = PyLong_FromSsize_t(flat[j]), *b = PyLong_FromSsize_t(flat[j + 1]);
        PyObject *pair = a == NULL || b == NULL ? NULL : PyTuple_New(2);
        if (pair == NULL) {
            Py_XDECREF(a);
            Py_XDECREF(b);
            Py_CLEAR(out);
            break;
        }
        PyTuple_SET_ITEM(pair, 0, a);
        PyTuple_SET_ITEM(pair, 1, b);
        PyList_SET_ITEM(out, j / 2, pair);
    }
    return out;
}

/* runs_of(text, table, least): (start, end) of each longest run of least or more characters of
 * text whose code points are set in table (read as first_of reads it), in order. The runs are
 * kept in C and made into tuples after the pass. */
static PyObject *runs_of(PyObject *module, PyObject *const *args, Py_ssize_t nargs) {
    (void)module;
    if (nargs != 3) {
        PyErr_Format(PyExc_TypeError, "runs_of() takes 3 arguments (%zd given)", nargs);
        return NULL;
    }
    PyObject *text = args[0], *table = args[1];
    if (!PyUnicode_CheckExact(text) || !PyBytes_CheckExact(table) || !PyLong_CheckExact(args[2])) {
        PyErr_SetString(PyExc_TypeError, "runs_of(): the text must be str, the table bytes and "
                                         "least an int (not subclasses)");
        return NULL;
    }
    Py_ssize_t least = PyLong_AsSsize_t(args[2]);
    if (least == -1 && PyErr_Occurred()) {
        return NULL;
    }
    if (least < 1) {
        least = 1;
    }
    const unsigned char *bits = (const unsigned char *)PyBytes_AS_STRING(table);
    Py_ssize_t size = PyBytes_GET_SIZE(table);
    Py_UCS4 limit = size >= 0x22000 ? 0x110000 : (Py_UCS4)(size * 8);
    int kind = PyUnicode_KIND(text);
    const void *data = PyUnicode_DATA(text);
    Py_ssize_t n = PyUnicode_GET_LENGTH(text), *found = NULL, nfound = 0, cap = 0, start = 0;
    /* (a loop for each width: the character read without a switch on the kind) */
#define RUNS_OF_LOOP(T)                                                                        \
    do {                                                                                       \
        const T *p = (const T *)data;                                                          \
        for (Py_ssize_t i = 0; i < n; i = start + 1) {                                         \
            while (i < n && !(p[i] < limit && (bits[p[i] >> 3] >> (p[i] & 7)) & 1)) {         \
                i++;                                                                           \
            }                                                                                  \
            start = i;                                                                         \
            while (i < n && p[i] < limit && (bits[p[i] >> 3] >> (p[i] & 7)) & 1) {             \
                i++;                                                                           \
            }                                                                                  \
            if (i > start && i - start >= least) {                                             \
                if (nfound + 2 > cap) {                                                        \
                    Py_ssize_t grow = cap ? 2 * cap : 64;                                      \
                    Py_ssize_t *more = PyMem_Realloc(found, (size_t)grow * sizeof(Py_ssize_t)); \
                    if (more == NULL) {                                                        \
                        PyMem_Free(found);                                                     \
                        return PyErr_NoMemory();                                               \
                    }                                                                          \
                    found = more;                                                              \
                    cap = grow;                                                                \
                }                                                                              \
                found[nfound++] = start;                                                       \
                found[nfound++] = i;                                                           \
            }                                                                                  \
            start = i;                                                                         \
        }                                                                                      \
    } while (0)
    if (kind == PyUnicode_1BYTE_KIND) {
        RUNS_OF_LOOP(Py_UCS1);
    } else if (kind == PyUnicode_2BYTE_KIND) {
        RUNS_OF_LOOP(Py_UCS2);
    } else {
        RUNS_OF_LOOP(Py_UCS4);
    }
#undef RUNS_OF_LOOP
    PyObject *out = pair_list(found, nfound);
    PyMem_Free(found);
    return out;
}

/* ---- map_chars: each character of a text through a table ---- */

/* map_chars(text, table): (out, runs), where out is text with each character whose code point c
 * is below len(table) and whose image table[c] is not "\0" written as table[c], and every other
 * character kept as it is; runs lists (start, end) of each run of such kept characters, in
 * order (the caller's to map otherwise). The images are written into a buffer of the wider of
 * the two kinds and out is made from it (at its narrowest kind) after the pass; the runs are
 * kept in C and made into tuples after it too. */
static PyObject *map_chars(PyObject *module, PyObject *const *args, Py_ssize_t nargs) {
    (void)module;
    if (nargs != 2) {
        PyErr_Format(PyExc_TypeError, "map_chars() takes 2 arguments (%zd given)", nargs);
        return NULL;
    }
    PyObject *text = args[0], *table = args[1];
    if (!PyUnicode_CheckExact(text) || !PyUnicode_CheckExact(table)) {
        PyErr_SetString(PyExc_TypeError,
                        "map_chars(): the text and the table must be str (not subclasses)");
        return NULL;
    }
    int kind = PyUnicode_KIND(text), tkind = PyUnicode_KIND(table);
    const void *data = PyUnicode_DATA(text), *tdata = PyUnicode_DATA(table);
    Py_ssize_t n = PyUnicode_GET_LENGTH(text), tn = PyUnicode_GET_LENGTH(table);
    /* (a code point is below 0x110000: a longer table's end is never read) */
    Py_UCS4 limit = tn > 0x110000 ? 0x110000 : (Py_UCS4)tn;
    int wide = kind == PyUnicode_4BYTE_KIND || tkind == PyUnicode_4BYTE_KIND;
    void *buf = PyMem_Malloc((size_t)(n ? n : 1) * (wide ? 4 : 2));
    if (buf == NULL) {
        return PyErr_NoMemory();
    }
    Py_ssize_t *kept = NULL, nkept = 0, cap = 0;
    /* (a loop for each width of text, table and buffer: no switch at every character) */
#define MAP_LOOP(TIN, TTAB, TOUT)                                                              \
    do {                                                                                       \
        const TIN *p = (const TIN *)data;                                                      \
        const TTAB *t = (const TTAB *)tdata;                                                   \
        TOUT *o = (TOUT *)buf;                                                                 \
        for (Py_ssize_t i = 0; i < n; i++) {                                                   \
            Py_UCS4 c = p[i];                                                                  \
            Py_UCS4 img = c < limit ? t[c] : 0;                                                \
            if (img) {                                                                         \
                o[i] = (TOUT)img;                                                              \
                continue;                                                                      \
            }                                                                                  \
            o[i] = (TOUT)c;                                                                    \
            if (nkept && kept[nkept - 1] == i) {                                               \
                kept[nkept - 1] = i + 1;                                                       \
                continue;                                                                      \
            }                                                                                  \
            if (nkept + 2 > cap) {                                                             \
                Py_ssize_t grow = cap ? 2 * cap : 64;                                          \
                Py_ssize_t *more = PyMem_Realloc(kept, (size_t)grow * sizeof(Py_ssize_t));      \
                if (more == NULL) {                                                            \
                    PyMem_Free(kept);                                                          \
                    PyMem_Free(buf);                                                           \
                    return PyErr_NoMemory();                                                   \
                }                                                                              \
                kept = more;                                                                   \
                cap = grow;                                                                    \
            }                                                                                  \
            kept[nkept++] = i;                                                                 \
            kept[nkept++] = i + 1;                                                             \
        }                                                                                      \
    } while (0)
#define MAP_TABLE(TIN, TOUT)                                                                   \
    do {                                                                                       \
        if (tkind == PyUnicode_1BYTE_KIND) {                                                   \
            MAP_LOOP(TIN, Py_UCS1, TOUT);                                                      \
        } else if (tkind == PyUnicode_2BYTE_KIND) {                                            \
            MAP_LOOP(TIN, Py_UCS2, TOUT);                                                      \
        } else {                                                                               \
            MAP_LOOP(TIN, Py_UCS4, TOUT);                                                      \
        }                                                                                      \
    } while (0)
    if (wide) {
        if (kind == PyUnicode_1BYTE_KIND) {
            MAP_TABLE(Py_UCS1, Py_UCS4);
        } else if (kind == PyUnicode_2BYTE_KIND) {
            MAP_TABLE(Py_UCS2, Py_UCS4);
        } else {
            MAP_TABLE(Py_UCS4, Py_UCS4);
        }
    } else if (kind == PyUnicode_1BYTE_KIND) {
        MAP_TABLE(Py_UCS1, Py_UCS2);
    } else {
        MAP_TABLE(Py_UCS2, Py_UCS2);
    }
#undef MAP_TABLE
#undef MAP_LOOP
    PyObject *out = PyUnicode_FromKindAndData(wide ? PyUnicode_4BYTE_KIND : PyUnicode_2BYTE_KIND,
                                              buf, n);
    PyMem_Free(buf);
    PyObject *runs = out == NULL ? NULL : pair_list(kept, nkept);
    PyMem_Free(kept);
    if (runs == NULL) {
        Py_XDECREF(out);
        return NULL;
    }
    PyObject *result = PyTuple_Pack(2, out, runs);
    Py_DECREF(out);
    Py_DECREF(runs);
    return result;
}

/* ---- table_hits: a table of patterns read at the words of a text ---- */

/* Whether two exact str hold the same characters (an equal str has the same kind). */
static int same_str(PyObject *a, PyObject *b) {
    Py_ssize_t n = PyUnicode_GET_LENGTH(a);
    return n == PyUnicode_GET_LENGTH(b) && PyUnicode_KIND(a) == PyUnicode_KIND(b) &&
           memcmp(PyUnicode_DATA(a), PyUnicode_DATA(b), (size_t)n * PyUnicode_KIND(a)) == 0;
}

/* Whether text[pos:pos + len(word)] (inside text; text of kind and data) is word, an exact str
 * no wider than text: one memcmp where the widths are the same. */
static int holds_at(int kind, const void *data, Py_ssize_t pos, PyObject *word) {
    Py_ssize_t len = PyUnicode_GET_LENGTH(word);
    int wkind = PyUnicode_KIND(word);
    const void *wdata = PyUnicode_DATA(word);
    if (wkind == kind) {
        return memcmp((const char *)data + pos * kind, wdata, (size_t)len * kind) == 0;
    }
    for (Py_ssize_t j = 0; j < len; j++) {
        if (PyUnicode_READ(kind, data, pos + j) != PyUnicode_READ(wkind, wdata, j)) {
            return 0;
        }
    }
    return 1;
}

static const char NOT_SPLIT[] =
    "table_hits(): the words must be text.split() of a text whose only white space is ' '";

/* The empty str, the key of a dict value's pairs of one word (made at the module's start). */
static PyObject *EMPTY_STR = NULL;

/* Read the (second, size) pairs of one flat tuple at the word whose space before it is at
 * (after: the next word, or NULL): for each pair whose second is "" or after and whose
 * text[at:at + size] lies in text and is a key of keys, (at + size - 1, keys[it]) appended to
 * *found (of *nfound items, room for *cap). 0, or -1 with an exception set. (Inlined: a call
 * a word of the table cost 0.3 % of a warm glossary apply.) */
static inline Py_ALWAYS_INLINE int read_pairs(PyObject *text, Py_ssize_t at, PyObject *pairs,
                                               PyObject *after, PyObject *keys, Py_ssize_t **found,
                                               Py_ssize_t *nfound, Py_ssize_t *cap) {
    Py_ssize_t n = PyUnicode_GET_LENGTH(text);
    if (!PyTuple_CheckExact(pairs) || PyTuple_GET_SIZE(pairs) % 2) {
        PyErr_SetString(PyExc_TypeError, "table_hits(): a table value must be a tuple (second, "
                                         "size, ...) or a dict of them by second word");
        return -1;
    }
    Py_INCREF(pairs);
    int status = -1;
    for (Py_ssize_t k = 0; k < PyTuple_GET_SIZE(pairs); k += 2) {
        PyObject *second = PyTuple_GET_ITEM(pairs, k), *size = PyTuple_GET_ITEM(pairs, k + 1);
        if (!PyUnicode_CheckExact(second) || !PyLong_CheckExact(size)) {
            PyErr_SetString(PyExc_TypeError,
                            "table_hits(): a table value's pairs must be (str, int)");
            goto done;
        }
        if (PyUnicode_GET_LENGTH(second) &&
            (after == NULL || !PyUnicode_CheckExact(after) || !same_str(second, after))) {
            continue;
        }
        Py_ssize_t width = PyLong_AsSsize_t(size);
        if (width == -1 && PyErr_Occurred()) {
            goto done;
        }
        if (width <= 0 || width > n - at) { /* (past the text's end: no pattern there) */
            continue;
        }
        PyObject *key = PyUnicode_Substring(text, at, at + width);
        if (key == NULL) {
            goto done;
        }
        PyObject *idx = PyDict_GetItemWithError(keys, key);
        Py_DECREF(key);
        if (idx == NULL) {
            if (PyErr_Occurred()) {
                goto done;
            }
            continue;
        }
        if (!PyLong_CheckExact(idx)) {
            PyErr_SetString(PyExc_TypeError, "table_hits(): a value of keys must be an int");
            goto done;
        }
        Py_ssize_t value = PyLong_AsSsize_t(idx);
        if (value == -1 && PyErr_Occurred()) {
            goto done;
        }
        if (*nfound + 2 > *cap) {
            Py_ssize_t grow = *cap ? 2 * *cap : 256;
            Py_ssize_t *more = PyMem_Realloc(*found, (size_t)grow * sizeof(Py_ssize_t));
            if (more == NULL) {
                PyErr_NoMemory();
                goto done;
            }
            *found = more;
            *cap = grow;
        }
        (*found)[(*nfound)++] = at + width - 1;
        (*found)[(*nfound)++] = value;
    }
    status = 0;
done:
    Py_DECREF(pairs);
    return status;
}

/* table_hits(text, words, table, keys): text holds no white space but " " and words is
 * tuple(text.split()). For each word with a space before it (at) and one after it that is a
 * key of table, whose value is a flat tuple (second, size, second, size, ...) of str and int,
 * or a dict of such tuples by second word ("" for none) of which only the tuples of "" and of
 * the next word are read (a first word of thousands of second words costs two look-ups): for
 * each pair whose second is "" or the next word, and whose text[at:at + size] lies in text
 * and is a key of keys, (at + size - 1, keys[text[at:at + size]]), in order of their ends
 * (then of the words; one word's hits at one end are one slice's, the same). Everything read
 * is held (a reference taken) while it is read; the results are kept in C and made into
 * tuples after the pass, so no object the collector tracks is made while the text is read. */
static PyObject *table_hits(PyObject *module, PyObject *const *args, Py_ssize_t nargs) {
    (void)module;
    if (nargs != 4) {
        PyErr_Format(PyExc_TypeError, "table_hits() takes 4 arguments (%zd given)", nargs);
        return NULL;
    }
    PyObject *text = args[0], *words = args[1], *table = args[2], *keys = args[3];
    if (!PyUnicode_CheckExact(text) || !PyTuple_CheckExact(words) || !PyDict_CheckExact(table) ||
        !PyDict_CheckExact(keys)) {
        PyErr_SetString(PyExc_TypeError, "table_hits(): the text must be str, the words a tuple "
                                         "and the table and keys dict (not subclasses)");
        return NULL;
    }
    Py_INCREF(words); /* (a tuple: its items stay as they are) */
    int kind = PyUnicode_KIND(text);
    const void *data = PyUnicode_DATA(text);
    Py_ssize_t n = PyUnicode_GET_LENGTH(text), nwords = PyTuple_GET_SIZE(words);
    Py_ssize_t *found = NULL, nfound = 0, cap = 0, pos = 0;
    PyObject *out = NULL;
    for (Py_ssize_t i = 0; i < nwords; i++) {
        PyObject *word = PyTuple_GET_ITEM(words, i);
        if (!PyUnicode_CheckExact(word)) {
            PyErr_SetString(PyExc_TypeError, "table_hits(): every word must be a str");
            goto done;
        }
        while (pos < n && PyUnicode_READ(kind, data, pos) == ' ') {
            pos++;
        }
        Py_ssize_t len = PyUnicode_GET_LENGTH(word);
        if (pos + len > n || PyUnicode_KIND(word) > kind ||
            !holds_at(kind, data, pos, word) ||
            (pos + len < n && PyUnicode_READ(kind, data, pos + len) != ' ')) {
            PyErr_SetString(PyExc_ValueError, NOT_SPLIT);
            goto done;
        }
        Py_ssize_t at = pos - 1;
        pos += len;
        if (at < 0 || pos >= n) { /* no space before it, or none after it */
            continue;
        }
        PyObject *pairs = PyDict_GetItemWithError(table, word);
        if (pairs == NULL) {
            if (PyErr_Occurred()) {
                goto done;
            }
            continue;
        }
        PyObject *after = i + 1 < nwords ? PyTuple_GET_ITEM(words, i + 1) : NULL;
        if (!PyDict_CheckExact(pairs)) {
            if (read_pairs(text, at, pairs, after, keys, &found, &nfound, &cap) < 0) {
                goto done;
            }
            continue;
        }
        /* a dict by second word: the pairs of none, then those of the next word (an exact
         * str: a subclass's hash could run Python code; the next word then fails its turn) */
        Py_INCREF(pairs);
        PyObject *seconds[2] = {EMPTY_STR, NULL};
        if (after != NULL && PyUnicode_CheckExact(after)) {
            seconds[1] = after;
        }
        for (int s = 0; s < 2; s++) {
            PyObject *these = seconds[s] ? PyDict_GetItemWithError(pairs, seconds[s]) : NULL;
            int failed = these == NULL
                             ? PyErr_Occurred() != NULL
                             : read_pairs(text, at, these, after, keys, &found, &nfound, &cap) < 0;
            if (failed) {
                Py_DECREF(pairs);
                goto done;
            }
        }
        Py_DECREF(pairs);
    }
    while (pos < n && PyUnicode_READ(kind, data, pos) == ' ') {
        pos++;
    }
    if (pos < n) { /* (a word the tuple does not hold) */
        PyErr_SetString(PyExc_ValueError, NOT_SPLIT);
        goto done;
    }
    /* by end, stably (at one end the words' order: the longest first), by insertion: the
     * pairs come nearly in order, only a pattern of several words ending after the next
     * word's */
    for (Py_ssize_t j = 2; j < nfound; j += 2) {
        Py_ssize_t end = found[j], value = found[j + 1], k = j;
        for (; k > 0 && found[k - 2] > end; k -= 2) {
            found[k] = found[k - 2];
            found[k + 1] = found[k - 1];
        }
        found[k] = end;
        found[k + 1] = value;
    }
    out = pair_list(found, nfound);
done:
    PyMem_Free(found);
    Py_DECREF(words);
    return out;
}

/* ---- pairs_known: adjacent words against a dict of the words seen after each ---- */

/* pairs_known(words, follows): whether every word is a key of follows (a dict whose values are
 * None or dicts) and, for each i whose words[i]'s value is a dict, words[i + 1] is a key of it;
 * True or False, no object made. */
static PyObject *pairs_known(PyObject *module, PyObject *const *args, Py_ssize_t nargs) {
    (void)module;
    if (nargs != 2) {
        PyErr_Format(PyExc_TypeError, "pairs_known() takes 2 arguments (%zd given)", nargs);
        return NULL;
    }
    PyObject *words = args[0], *follows = args[1];
    if (!PyTuple_CheckExact(words) || !PyDict_CheckExact(follows)) {
        PyErr_SetString(PyExc_TypeError,
                        "pairs_known(): the words must be a tuple and follows a dict (not "
                        "subclasses)");
        return NULL;
    }
    Py_INCREF(words);
    PyObject *result = Py_True;
    Py_ssize_t n = PyTuple_GET_SIZE(words);
    for (Py_ssize_t i = 0; i < n; i++) {
        PyObject *word = PyTuple_GET_ITEM(words, i);
        if (!PyUnicode_CheckExact(word)) {
            PyErr_SetString(PyExc_TypeError, "pairs_known(): every word must be a str");
            result = NULL;
            break;
        }
        PyObject *after = PyDict_GetItemWithError(follows, word);
        if (after == NULL) {
            result = PyErr_Occurred() ? NULL : Py_False; /* (a word not seen) */
            break;
        }
        if (after == Py_None) {
            continue;
        }
        if (!PyDict_CheckExact(after)) {
            PyErr_SetString(PyExc_TypeError,
                            "pairs_known(): a value of follows must be a dict or None");
            result = NULL;
            break;
        }
        if (i + 1 == n) {
            continue;
        }
        PyObject *next = PyTuple_GET_ITEM(words, i + 1);
        if (!PyUnicode_CheckExact(next)) {
            PyErr_SetString(PyExc_TypeError, "pairs_known(): every word must be a str");
            result = NULL;
            break;
        }
        Py_INCREF(after);
        int known = PyDict_Contains(after, next);
        Py_DECREF(after);
        if (known <= 0) {
            result = known < 0 ? NULL : Py_False;
            break;
        }
    }
    Py_DECREF(words);
    Py_XINCREF(result);
    return result;
}

static PyMethodDef module_methods[] = {
    {"changed_lines", (PyCFunction)(void (*)(void))changed_lines, METH_FASTCALL,
     "changed_lines(a, b, /)\n--\n\n"
     "The number of lines b changed from a: with a.split('\\n') and b.split('\\n'), the larger "
     "number of pieces when the numbers differ, else the number of positions whose pieces "
     "differ. Both must be exact str (TypeError otherwise)."},
    {"first_of", (PyCFunction)(void (*)(void))first_of, METH_FASTCALL,
     "first_of(text, table, /)\n--\n\n"
     "The index of the first character of text whose code point c has bit c & 7 of byte c >> 3 "
     "of table set, or -1 (a code point beyond the table is not in it). text must be an exact "
     "str and table exact bytes (TypeError otherwise)."},
    {"map_chars", (PyCFunction)(void (*)(void))map_chars, METH_FASTCALL,
     "map_chars(text, table, /)\n--\n\n"
     "(out, runs): text with each character whose code point c is below len(table) and whose "
     "table[c] is not '\\0' written as table[c], the others kept; runs, (start, end) of each "
     "run of kept characters, in order. text and table exact str (TypeError otherwise)."},
    {"pairs_known", (PyCFunction)(void (*)(void))pairs_known, METH_FASTCALL,
     "pairs_known(words, follows, /)\n--\n\n"
     "Whether every word is a key of follows and words[i + 1] is a key of follows[words[i]] for "
     "every i whose value there is a dict (the others' None). words an exact tuple of exact "
     "str, follows an exact dict whose values are exact dicts or None (TypeError otherwise)."},
    {"runs_of", (PyCFunction)(void (*)(void))runs_of, METH_FASTCALL,
     "runs_of(text, table, least, /)\n--\n\n"
     "(start, end) of each longest run of least (at least 1) or more characters of text whose "
     "code points c have bit c & 7 of byte c >> 3 of table set, in order. text an exact str, "
     "table exact bytes, least an exact int (TypeError otherwise)."},
    {"table_hits", (PyCFunction)(void (*)(void))table_hits, METH_FASTCALL,
     "table_hits(text, words, table, keys, /)\n--\n\n"
     "(end, index) of the patterns of table read at the words of text: text holds no white "
     "space but ' ' and words is tuple(text.split()); at each word between two spaces that "
     "table holds, each (second, size) pair of its value (a flat tuple, or a dict of them by "
     "second word, of which the tuples of '' and of the next word are read) whose second is '' "
     "or the next word gives text[at:at + size] (at: the space before the word), and where "
     "keys holds it, (at + size - 1, keys[it]), by end (then by word). Exact str, tuple, dict, "
     "dict (TypeError otherwise)."},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {
    PyModuleDef_HEAD_INIT,
    .m_name = "translit._speedups",
    .m_doc = "translit's generic rule engine in C, the changed-lines count of plain text, "
             "character-set scans, a table read at a text's words and a check of its word "
             "pairs (optional; see "
             "translit/engine/native.py).",
    .m_size = -1,
    .m_methods = module_methods,
};

PyMODINIT_FUNC PyInit__speedups(void) {
    if (PyType_Ready(&EngineType) < 0) {
        return NULL;
    }
    PyObject *mod = PyModule_Create(&module);
    if (mod == NULL) {
        return NULL;
    }
    if (EMPTY_STR == NULL && (EMPTY_STR = PyUnicode_New(0, 0)) == NULL) {
        Py_DECREF(mod);
        return NULL;
    }
    if (PyModule_AddObjectRef(mod, "Engine", (PyObject *)&EngineType) < 0 ||
        PyModule_AddIntConstant(mod, "API_VERSION", API_VERSION) < 0) {
        Py_DECREF(mod);
        return NULL;
    }
    return mod;
}
