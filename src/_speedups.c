/* translit._speedups: the token memo of translit's engine, in C.
 *
 * One type, TokenMemo: a bounded table from space-separated tokens to their romanised outputs,
 * and one hot method, join(text), which does what the pure-Python engine does with
 * text.split(" "), one dict look-up per token and " ".join(...), without making a string
 * object per token: tokens are hashed and compared in place, in the text's own buffer.
 *
 * It holds no romanisation rule. Every output in it was computed by translit/engine.py and
 * put there with update(); a token it does not know is handed back to Python. The engine runs
 * unchanged without this module (translit/engine.py falls back to a dict), and the test suite
 * checks that both give the same output.
 *
 * The GIL is held throughout and no Python code runs inside a method, so an instance is safe
 * to share between threads. Only exact str and dict objects are accepted (a str subclass could
 * run Python code from its __eq__ during a dict look-up); and the outputs gathered by join()
 * are held by strong references until the result is built, whatever happens meanwhile.
 *
 * Bounded without cliffs: every entry carries its insertion number, and trim(keep) keeps the
 * `keep` newest entries (the engine calls it when the memo is full), so a full memo never
 * starts over.
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#define API_VERSION 2

typedef struct {
    uint64_t hash;
    uint64_t seq;    /* insertion number: trim() keeps the newest */
    PyObject *key;   /* str, or NULL for an empty slot */
    PyObject *value; /* str */
} Entry;

typedef struct {
    PyObject_HEAD
    Entry *table;
    Py_ssize_t mask; /* capacity - 1; capacity is a power of two */
    Py_ssize_t used;
    uint64_t next_seq;
} TokenMemo;

/* FNV-1a over code points (not bytes), so a token hashes the same whatever the kind (1, 2 or
 * 4 bytes per character) of the string that holds it. The start value is drawn from
 * os.urandom when the module loads, so colliding tokens cannot be prepared in advance to make
 * the probe sequences long (as Python seeds its own str hash). */
static uint64_t FNV_OFFSET = 0xcbf29ce484222325ULL;
#define FNV_PRIME 0x100000001b3ULL

static inline uint64_t finish(uint64_t h) {
    h ^= h >> 32;
    h *= 0xd6e8feb86659fd93ULL;
    h ^= h >> 32;
    return h;
}

static uint64_t hash_str(PyObject *s) {
    Py_ssize_t n = PyUnicode_GET_LENGTH(s);
    int kind = PyUnicode_KIND(s);
    const void *data = PyUnicode_DATA(s);
    uint64_t h = FNV_OFFSET;
    for (Py_ssize_t i = 0; i < n; i++) {
        h = (h ^ PyUnicode_READ(kind, data, i)) * FNV_PRIME;
    }
    return finish(h);
}

/* Is str `key` equal to the n code points at `data` (of `kind`)? */
static inline int span_equal(PyObject *key, int kind, const void *data, Py_ssize_t n) {
    if (PyUnicode_GET_LENGTH(key) != n) {
        return 0;
    }
    int kk = PyUnicode_KIND(key);
    const void *kd = PyUnicode_DATA(key);
    if (kk == kind) {
        return memcmp(kd, data, (size_t)n * (size_t)kind) == 0;
    }
    for (Py_ssize_t i = 0; i < n; i++) {
        if (PyUnicode_READ(kk, kd, i) != PyUnicode_READ(kind, data, i)) {
            return 0;
        }
    }
    return 1;
}

static inline PyObject *find(TokenMemo *m, uint64_t h, int kind, const void *data, Py_ssize_t n) {
    Py_ssize_t i = (Py_ssize_t)(h & (uint64_t)m->mask);
    for (;;) {
        Entry *e = &m->table[i];
        if (e->key == NULL) {
            return NULL;
        }
        if (e->hash == h && span_equal(e->key, kind, data, n)) {
            return e->value;
        }
        i = (i + 1) & m->mask;
    }
}

static void release(Entry *table, Py_ssize_t capacity) {
    for (Py_ssize_t i = 0; i < capacity; i++) {
        Py_XDECREF(table[i].key);
        Py_XDECREF(table[i].value);
    }
}

static int resize(TokenMemo *m, Py_ssize_t capacity) {
    Entry *table = PyMem_Calloc((size_t)capacity, sizeof(Entry));
    if (table == NULL) {
        PyErr_NoMemory();
        return -1;
    }
    Py_ssize_t mask = capacity - 1;
    if (m->table != NULL) {
        for (Py_ssize_t i = 0; i <= m->mask; i++) {
            Entry *e = &m->table[i];
            if (e->key != NULL) {
                Py_ssize_t j = (Py_ssize_t)(e->hash & (uint64_t)mask);
                while (table[j].key != NULL) {
                    j = (j + 1) & mask;
                }
                table[j] = *e;
            }
        }
        PyMem_Free(m->table);
    }
    m->table = table;
    m->mask = mask;
    return 0;
}

/* Put key -> value (both str); a key already there gets the new value. */
static int put(TokenMemo *m, PyObject *key, PyObject *value) {
    if ((m->used + 1) * 2 > m->mask + 1 && resize(m, (m->mask + 1) * 2) < 0) {
        return -1;
    }
    uint64_t h = hash_str(key);
    Py_ssize_t n = PyUnicode_GET_LENGTH(key);
    int kind = PyUnicode_KIND(key);
    const void *data = PyUnicode_DATA(key);
    Py_ssize_t i = (Py_ssize_t)(h & (uint64_t)m->mask);
    for (;;) {
        Entry *e = &m->table[i];
        if (e->key == NULL) {
            Py_INCREF(key);
            Py_INCREF(value);
            e->hash = h;
            e->seq = m->next_seq++;
            e->key = key;
            e->value = value;
            m->used++;
            return 0;
        }
        if (e->hash == h && span_equal(e->key, kind, data, n)) {
            Py_INCREF(value);
            Py_SETREF(e->value, value);
            return 0;
        }
        i = (i + 1) & m->mask;
    }
}

/* -- the type ---------------------------------------------------------------------------- */

static PyObject *memo_new(PyTypeObject *type, PyObject *args, PyObject *kwds) {
    if (PyTuple_GET_SIZE(args) != 0 || (kwds != NULL && PyDict_GET_SIZE(kwds) != 0)) {
        PyErr_SetString(PyExc_TypeError, "TokenMemo() takes no arguments");
        return NULL;
    }
    TokenMemo *m = (TokenMemo *)type->tp_alloc(type, 0);
    if (m == NULL) {
        return NULL;
    }
    if (resize(m, 1024) < 0) {
        Py_DECREF(m);
        return NULL;
    }
    return (PyObject *)m;
}

static void memo_dealloc(TokenMemo *m) {
    if (m->table != NULL) {
        release(m->table, m->mask + 1);
        PyMem_Free(m->table);
    }
    Py_TYPE(m)->tp_free((PyObject *)m);
}

static Py_ssize_t memo_len(TokenMemo *m) { return m->used; }

static PyObject *memo_clear(TokenMemo *m, PyObject *Py_UNUSED(ignored)) {
    Entry *old = m->table;
    Py_ssize_t capacity = m->mask + 1;
    m->table = NULL;
    if (resize(m, 1024) < 0) {
        m->table = old;
        return NULL;
    }
    m->used = 0;
    release(old, capacity); /* after the swap: a DECREF never sees a half-cleared table */
    PyMem_Free(old);
    Py_RETURN_NONE;
}

/* 0 if `d` is an exact dict of exact str keys and values (so a look-up in it runs no Python
 * code), else -1 with a TypeError naming `where`. */
static int exact_str_dict(PyObject *d, const char *where) {
    if (!PyDict_CheckExact(d)) {
        PyErr_Format(PyExc_TypeError, "%s: the table must be a dict, not %.100s", where,
                     Py_TYPE(d)->tp_name);
        return -1;
    }
    Py_ssize_t pos = 0;
    PyObject *key, *value;
    while (PyDict_Next(d, &pos, &key, &value)) {
        if (!PyUnicode_CheckExact(key) || !PyUnicode_CheckExact(value)) {
            PyErr_Format(PyExc_TypeError, "%s: the table's keys and outputs must be str", where);
            return -1;
        }
    }
    return 0;
}

static int cmp_seq(const void *a, const void *b) {
    uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
    return (x > y) - (x < y);
}

/* Keep the `keep` newest entries, forget the others (the table is rebuilt in their place). */
static PyObject *memo_trim(TokenMemo *m, PyObject *arg) {
    Py_ssize_t keep = PyLong_AsSsize_t(arg);
    if (keep == -1 && PyErr_Occurred()) {
        return NULL;
    }
    if (keep < 0) {
        PyErr_SetString(PyExc_ValueError, "trim(): keep must be >= 0");
        return NULL;
    }
    if (keep >= m->used) {
        Py_RETURN_NONE;
    }
    /* the insertion numbers are distinct: the cut is the keep-th largest of them */
    Py_ssize_t capacity = m->mask + 1;
    uint64_t *seqs = PyMem_Malloc((size_t)m->used * sizeof(uint64_t) + 1);
    if (seqs == NULL) {
        return PyErr_NoMemory();
    }
    Py_ssize_t live = 0;
    for (Py_ssize_t i = 0; i < capacity; i++) {
        if (m->table[i].key != NULL) {
            seqs[live++] = m->table[i].seq;
        }
    }
    qsort(seqs, (size_t)live, sizeof(uint64_t), cmp_seq);
    uint64_t cut = keep ? seqs[live - keep] : UINT64_MAX;
    PyMem_Free(seqs);
    Py_ssize_t kept = keep;
    Py_ssize_t newcap = 1024;
    while (kept * 2 > newcap) {
        newcap *= 2;
    }
    Entry *table = PyMem_Calloc((size_t)newcap, sizeof(Entry));
    if (table == NULL) {
        return PyErr_NoMemory();
    }
    Entry *old = m->table;
    Py_ssize_t mask = newcap - 1;
    for (Py_ssize_t i = 0; i < capacity; i++) {
        Entry *e = &old[i];
        if (e->key != NULL && e->seq >= cut) {
            Py_ssize_t j = (Py_ssize_t)(e->hash & (uint64_t)mask);
            while (table[j].key != NULL) {
                j = (j + 1) & mask;
            }
            table[j] = *e;
            e->key = NULL; /* moved: not released below */
            e->value = NULL;
        }
    }
    m->table = table;
    m->mask = mask;
    m->used = kept;
    release(old, capacity); /* after the swap: a DECREF never sees a half-built table */
    PyMem_Free(old);
    Py_RETURN_NONE;
}

static PyObject *memo_update(TokenMemo *m, PyObject *mapping) {
    if (!PyDict_CheckExact(mapping)) {
        PyErr_Format(PyExc_TypeError, "update() takes a dict, not %.100s",
                     Py_TYPE(mapping)->tp_name);
        return NULL;
    }
    if (exact_str_dict(mapping, "update()") < 0) {
        return NULL;
    }
    Py_ssize_t pos = 0;
    PyObject *key, *value;
    while (PyDict_Next(mapping, &pos, &key, &value)) {
        if (put(m, key, value) < 0) {
            return NULL;
        }
    }
    Py_RETURN_NONE;
}

static PyObject *memo_get(TokenMemo *m, PyObject *const *args, Py_ssize_t nargs) {
    if (nargs < 1 || nargs > 2) {
        PyErr_SetString(PyExc_TypeError, "get() takes a key and an optional default");
        return NULL;
    }
    PyObject *key = args[0];
    PyObject *found = NULL;
    if (PyUnicode_CheckExact(key)) {
        found = find(m, hash_str(key), PyUnicode_KIND(key), PyUnicode_DATA(key),
                     PyUnicode_GET_LENGTH(key));
    }
    if (found == NULL) {
        found = nargs == 2 ? args[1] : Py_None;
    }
    return Py_NewRef(found);
}

static PyObject *memo_keys(TokenMemo *m, PyObject *Py_UNUSED(ignored)) {
    PyObject *keys = PyList_New(0);
    if (keys == NULL) {
        return NULL;
    }
    for (Py_ssize_t i = 0; i <= m->mask; i++) {
        if (m->table[i].key != NULL && PyList_Append(keys, m->table[i].key) < 0) {
            Py_DECREF(keys);
            return NULL;
        }
    }
    return keys;
}

static PyObject *memo_iter(TokenMemo *m) {
    PyObject *keys = memo_keys(m, NULL);
    if (keys == NULL) {
        return NULL;
    }
    PyObject *it = PyObject_GetIter(keys);
    Py_DECREF(keys);
    return it;
}

/* A growable array of output strings, each held by a strong reference. */
typedef struct {
    PyObject **items;
    Py_ssize_t len, cap;
    PyObject *small[64];
} Outs;

static int outs_push(Outs *o, PyObject *s) {
    if (o->len == o->cap) {
        Py_ssize_t cap = o->cap * 4;
        PyObject **items;
        if (o->items == o->small) {
            items = PyMem_Malloc((size_t)cap * sizeof(PyObject *));
            if (items != NULL) {
                memcpy(items, o->small, sizeof(o->small));
            }
        } else {
            items = PyMem_Realloc(o->items, (size_t)cap * sizeof(PyObject *));
        }
        if (items == NULL) {
            PyErr_NoMemory();
            return -1;
        }
        o->items = items;
        o->cap = cap;
    }
    o->items[o->len++] = Py_NewRef(s);
    return 0;
}

static void outs_release(Outs *o) {
    for (Py_ssize_t i = 0; i < o->len; i++) {
        Py_DECREF(o->items[i]);
    }
    if (o->items != o->small) {
        PyMem_Free(o->items);
    }
}

/* The outputs joined with single spaces, as one new str. */
static PyObject *join_outs(Outs *o) {
    Py_ssize_t total = o->len - 1;
    Py_UCS4 maxchar = 0x7f;
    for (Py_ssize_t i = 0; i < o->len; i++) {
        PyObject *s = o->items[i];
        total += PyUnicode_GET_LENGTH(s);
        Py_UCS4 mc = PyUnicode_MAX_CHAR_VALUE(s);
        if (mc > maxchar) {
            maxchar = mc;
        }
    }
    PyObject *result = PyUnicode_New(total, maxchar);
    if (result == NULL) {
        return NULL;
    }
    int rk = PyUnicode_KIND(result);
    char *rd = PyUnicode_DATA(result);
    Py_ssize_t at = 0;
    for (Py_ssize_t i = 0; i < o->len; i++) {
        if (i) {
            PyUnicode_WRITE(rk, rd, at, ' ');
            at++;
        }
        PyObject *s = o->items[i];
        Py_ssize_t n = PyUnicode_GET_LENGTH(s);
        int sk = PyUnicode_KIND(s);
        const void *sd = PyUnicode_DATA(s);
        if (sk == rk) {
            memcpy(rd + at * rk, sd, (size_t)n * (size_t)rk);
        } else {
            for (Py_ssize_t j = 0; j < n; j++) {
                PyUnicode_WRITE(rk, rd, at + j, PyUnicode_READ(sk, sd, j));
            }
        }
        at += n;
    }
    return result;
}

/* A token the table does not hold: its output from `extra` (borrowed), or else Py_None after
 * noting the token in `*missing` (made on first use). NULL on error. */
static PyObject *unknown(PyObject *text, Py_ssize_t start, Py_ssize_t end, PyObject *extra,
                         PyObject **missing) {
    PyObject *token = PyUnicode_Substring(text, start, end);
    if (token == NULL) {
        return NULL;
    }
    PyObject *out = NULL;
    if (extra != NULL) {
        out = PyDict_GetItemWithError(extra, token); /* exact str keys: no Python code */
        if (out != NULL || PyErr_Occurred()) {
            Py_DECREF(token);
            return out;
        }
    }
    if (*missing == NULL && (*missing = PyDict_New()) == NULL) {
        Py_DECREF(token);
        return NULL;
    }
    int r = PyDict_SetItem(*missing, token, Py_None);
    Py_DECREF(token);
    return r < 0 ? NULL : Py_None;
}

static PyObject *memo_join(TokenMemo *m, PyObject *const *args, Py_ssize_t nargs) {
    if (nargs < 1 || nargs > 2 || !PyUnicode_CheckExact(args[0])) {
        PyErr_SetString(PyExc_TypeError, "join() takes a str and an optional dict");
        return NULL;
    }
    PyObject *text = args[0];
    PyObject *extra = nargs == 2 && args[1] != Py_None ? args[1] : NULL;
    if (extra != NULL && exact_str_dict(extra, "join()") < 0) {
        return NULL;
    }
    Py_ssize_t n = PyUnicode_GET_LENGTH(text);
    int kind = PyUnicode_KIND(text);
    const char *data = PyUnicode_DATA(text);
    PyObject *missing = NULL; /* set on the first unknown token: from then on, only collect */
    PyObject *result = NULL;
    Outs o = {NULL, 0, 64, {NULL}};
    o.items = o.small;

    Py_ssize_t start = 0;
    for (;;) {
        /* find the token's end and hash it in one pass */
        uint64_t h = FNV_OFFSET;
        Py_ssize_t end = start;
        switch (kind) {
        case PyUnicode_1BYTE_KIND: {
            const Py_UCS1 *d = (const Py_UCS1 *)data;
            while (end < n && d[end] != ' ') {
                h = (h ^ d[end]) * FNV_PRIME;
                end++;
            }
            break;
        }
        case PyUnicode_2BYTE_KIND: {
            const Py_UCS2 *d = (const Py_UCS2 *)data;
            while (end < n && d[end] != ' ') {
                h = (h ^ d[end]) * FNV_PRIME;
                end++;
            }
            break;
        }
        default: {
            const Py_UCS4 *d = (const Py_UCS4 *)data;
            while (end < n && d[end] != ' ') {
                h = (h ^ d[end]) * FNV_PRIME;
                end++;
            }
        }
        }
        PyObject *out = find(m, finish(h), kind, data + start * kind, end - start);
        if (out == NULL && (out = unknown(text, start, end, extra, &missing)) == NULL) {
            goto done;
        }
        if (missing == NULL && outs_push(&o, out) < 0) {
            goto done;
        }
        if (end >= n) {
            break;
        }
        start = end + 1;
    }
    result = missing != NULL ? PySequence_List(missing) : join_outs(&o);
done:
    Py_XDECREF(missing);
    outs_release(&o);
    return result;
}

static PyMethodDef memo_methods[] = {
    {"join", (PyCFunction)(void (*)(void))memo_join, METH_FASTCALL,
     "join(text, extra=None, /)\n--\n\n"
     "The outputs of text.split(' ') joined with ' ', or, when some tokens are unknown, the list "
     "of those tokens (each once, in order). A token the table lacks is looked up in `extra` "
     "(a dict) when given."},
    {"update", (PyCFunction)memo_update, METH_O,
     "update(mapping, /)\n--\n\nAdd the str -> str pairs of a dict."},
    {"clear", (PyCFunction)memo_clear, METH_NOARGS, "clear()\n--\n\nForget every entry."},
    {"trim", (PyCFunction)memo_trim, METH_O,
     "trim(keep, /)\n--\n\nKeep the `keep` most recently added entries, forget the others."},
    {"keys", (PyCFunction)memo_keys, METH_NOARGS, "keys()\n--\n\nThe tokens held, as a list."},
    {"get", (PyCFunction)(void (*)(void))memo_get, METH_FASTCALL,
     "get(key, default=None, /)\n--\n\nThe output memoised for key, else default."},
    {NULL, NULL, 0, NULL},
};

static PySequenceMethods memo_as_sequence = {
    .sq_length = (lenfunc)memo_len,
};

static PyTypeObject TokenMemoType = {
    PyVarObject_HEAD_INIT(NULL, 0)
    .tp_name = "translit._speedups.TokenMemo",
    .tp_basicsize = sizeof(TokenMemo),
    .tp_dealloc = (destructor)memo_dealloc,
    .tp_as_sequence = &memo_as_sequence,
    .tp_flags = Py_TPFLAGS_DEFAULT,
    .tp_iter = (getiterfunc)memo_iter,
    .tp_doc = "TokenMemo()\n--\n\nA table from tokens to their outputs (see the module doc).",
    .tp_methods = memo_methods,
    .tp_new = memo_new,
};

static struct PyModuleDef module = {
    PyModuleDef_HEAD_INIT,
    .m_name = "translit._speedups",
    .m_doc = "The token memo of translit's engine, in C (optional; see translit/engine.py).",
    .m_size = -1,
};

static int seed_hash(void) {
    PyObject *os = PyImport_ImportModule("os");
    if (os == NULL) {
        return -1;
    }
    PyObject *raw = PyObject_CallMethod(os, "urandom", "i", 8);
    Py_DECREF(os);
    if (raw == NULL) {
        return -1;
    }
    uint64_t seed = 0;
    memcpy(&seed, PyBytes_AS_STRING(raw), sizeof(seed));
    Py_DECREF(raw);
    FNV_OFFSET ^= seed;
    return 0;
}

PyMODINIT_FUNC PyInit__speedups(void) {
    if (PyType_Ready(&TokenMemoType) < 0 || seed_hash() < 0) {
        return NULL;
    }
    PyObject *mod = PyModule_Create(&module);
    if (mod == NULL) {
        return NULL;
    }
    if (PyModule_AddObjectRef(mod, "TokenMemo", (PyObject *)&TokenMemoType) < 0 ||
        PyModule_AddIntConstant(mod, "API_VERSION", API_VERSION) < 0) {
        Py_DECREF(mod);
        return NULL;
    }
    return mod;
}
