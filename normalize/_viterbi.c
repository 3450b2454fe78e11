/* The decoder's inner loops in C (same arithmetic, same order, same ties as the Python/numpy loops of
 * normalize/decode.py, which are the reference: tests check both give identical results):
 *   viterbi_core, pack_slots   the Viterbi of decode.viterbi and the packing of its slots
 *   wed_costs, wed_rank        weighted edit distances of lexicon words to an OCR token; the candidate ranking
 *   link_keys                  the ranking of Generator.context_candidates
 *   lm_arrays, lm_table        the LM rows as hashes of syllable ids (pickled with the lexicon) and their capsule
 *   lm_lookup                  one probe of that table (for tests)
 *
 * viterbi_core(slots, lw, lw_unk, beam, self_repeat, table) -> (path, margins)
 *
 * slots: list of tuples (loc, lwlp, bos, seens, firsts, lpf, ts, soft, lasts, fids, rids), one per word token,
 * each list with one item per candidate:
 *   loc   float   local score (minus channel cost, plus internal bigrams)
 *   lwlp  float or None   lw * logp(first syllable); None = the token kept as written (unknown word)
 *   bos   float   LM backoff of the candidate's last syllable as a context
 *   seens dict    continuations seen after that last syllable: {syllable: log P}
 *   firsts str or None    first syllable
 *   lpf   float   logp(first syllable) (0.0 for a kept token)
 *   ts    list of float (lw * transition from a fixed context) for the first slot and slots after a
 *         boundary, else None
 *   soft  list of float (lw * transition from "<s>") for an adjacent slot where a sentence may also start
 *         (each candidate takes the better of the two contexts), else None
 *   lasts str or None    last syllable (None for a kept token)
 *   fids  int     the first syllable's id in the LM table (-1: in no row of it)
 *   rids  int     the row of the last syllable's seen dict in the LM table (-1: none)
 * table: a capsule from lm_table(*lm_arrays(rows, ids)): each row's seen dict as an open-addressing
 *   hash of syllable id -> log P, probed instead of the dict (same floats; a row outside it is read from
 *   its dict)
 * self_repeat: nats taken from an unseen transition into the syllable the previous word ended with
 * The pure-Python version in decode.py is the reference; tests check both give identical results.
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
    Py_ssize_t n;
    PyObject *loc, *lwlp, *bos, *seens, *firsts, *lpf, *ts, *soft, *lasts; /* borrowed */
    PyObject *fids, *rids; /* borrowed */
    double *locv; /* loc as doubles */
    long *fid, *rid; /* fids and rids as C integers */
} Slot;

/* The LM rows as open-addressing hashes: row r holds (1 << (32 - shift[r])) entries from off[r] (none when
 * shift[r] is 0); key -1 marks an empty entry. The arrays live in four bytes objects (made by lm_arrays,
 * pickled with the lexicon) that the capsule of lm_table keeps. */
typedef struct {
    Py_ssize_t nrows;
    const int64_t *off;
    const uint32_t *shift;
    const int32_t *key;
    const double *val;
    PyObject *owners[4];
} LmTable;

static void lm_table_free(PyObject *cap) {
    LmTable *t = PyCapsule_GetPointer(cap, "vetplan.lm_table");
    if (!t) return;
    for (int q = 0; q < 4; q++) Py_XDECREF(t->owners[q]);
    free(t);
}

static inline uint32_t lm_slot(long key, uint32_t shift) { return ((uint32_t)key * 2654435761u) >> shift; }

/* seen[key] of row ``row``: 1 and *out when there, 0 when not */
static inline int lm_get(const LmTable *t, long row, long key, double *out) {
    uint32_t sh = t->shift[row];
    if (sh == 0 || key < 0) return 0;
    const int32_t *k = t->key + t->off[row];
    uint32_t mask = (1u << (32 - sh)) - 1u;
    for (uint32_t h = lm_slot(key, sh);; h = (h + 1) & mask) {
        int32_t x = k[h];
        if (x == key) { *out = t->val[t->off[row] + h]; return 1; }
        if (x < 0) return 0;
    }
}

/* lm_arrays(rows, ids) -> (off, shift, keys, vals): rows a list of dicts {syllable: log P}; ids {syllable: id},
 * numbered from 0 without gaps, gets the next free id for each key it lacks. Each row a hash at most half
 * full: a miss (most probes) ends after a slot or two. */
static PyObject *lm_arrays(PyObject *self, PyObject *args) {
    PyObject *rows, *ids;
    if (!PyArg_ParseTuple(args, "O!O!", &PyList_Type, &rows, &PyDict_Type, &ids)) return NULL;
    Py_ssize_t n = PyList_GET_SIZE(rows);
    PyObject *off_o = PyBytes_FromStringAndSize(NULL, sizeof(int64_t) * n);
    PyObject *shift_o = PyBytes_FromStringAndSize(NULL, sizeof(uint32_t) * n);
    PyObject *key_o = NULL, *val_o = NULL;
    if (!off_o || !shift_o) goto fail;
    int64_t *off = (int64_t *)PyBytes_AS_STRING(off_o);
    uint32_t *shift = (uint32_t *)PyBytes_AS_STRING(shift_o);
    int64_t total = 0;
    for (Py_ssize_t r = 0; r < n; r++) {
        PyObject *d = PyList_GET_ITEM(rows, r);
        if (!PyDict_Check(d)) { PyErr_SetString(PyExc_TypeError, "rows must be dicts"); goto fail; }
        Py_ssize_t m = PyDict_GET_SIZE(d);
        off[r] = total;
        if (m == 0) { shift[r] = 0; continue; }
        uint32_t bits = 1;
        while (((int64_t)1 << bits) < 2 * (int64_t)m) bits++;
        if (bits > 30) { PyErr_SetString(PyExc_ValueError, "row too large"); goto fail; }
        shift[r] = 32 - bits;
        total += (int64_t)1 << bits;
    }
    key_o = PyBytes_FromStringAndSize(NULL, sizeof(int32_t) * total);
    val_o = PyBytes_FromStringAndSize(NULL, sizeof(double) * total);
    if (!key_o || !val_o) goto fail;
    int32_t *key = (int32_t *)PyBytes_AS_STRING(key_o);
    double *val = (double *)PyBytes_AS_STRING(val_o);
    for (int64_t q = 0; q < total; q++) { key[q] = -1; val[q] = 0.0; }
    for (Py_ssize_t r = 0; r < n; r++) {
        PyObject *d = PyList_GET_ITEM(rows, r), *k, *v;
        Py_ssize_t pos = 0;
        uint32_t sh = shift[r];
        if (sh == 0) continue;
        uint32_t mask = (1u << (32 - sh)) - 1u;
        while (PyDict_Next(d, &pos, &k, &v)) {
            PyObject *ido = PyDict_GetItemWithError(ids, k);
            if (!ido) { /* a key the caller gave no id: the next free one */
                if (PyErr_Occurred()) goto fail;
                PyObject *fresh = PyLong_FromSsize_t(PyDict_GET_SIZE(ids));
                if (!fresh || PyDict_SetItem(ids, k, fresh) < 0) { Py_XDECREF(fresh); goto fail; }
                ido = fresh;
                Py_DECREF(fresh); /* (the dict holds it) */
            }
            long id = PyLong_AsLong(ido);
            double x = PyFloat_AsDouble(v);
            if (PyErr_Occurred()) goto fail;
            if (id < 0 || id > 0x7fffffffL) { PyErr_SetString(PyExc_ValueError, "syllable id out of range"); goto fail; }
            uint32_t h = lm_slot(id, sh);
            while (key[off[r] + h] >= 0) h = (h + 1) & mask;
            key[off[r] + h] = (int32_t)id;
            val[off[r] + h] = x;
        }
    }
    PyObject *out = PyTuple_Pack(4, off_o, shift_o, key_o, val_o);
    Py_DECREF(off_o); Py_DECREF(shift_o); Py_DECREF(key_o); Py_DECREF(val_o);
    return out;
fail:
    Py_XDECREF(off_o); Py_XDECREF(shift_o); Py_XDECREF(key_o); Py_XDECREF(val_o);
    return NULL;
}

/* lm_table(off, shift, keys, vals) -> capsule over the four bytes objects of lm_arrays (kept, not copied) */
static PyObject *lm_table(PyObject *self, PyObject *args) {
    PyObject *o[4];
    if (!PyArg_ParseTuple(args, "SSSS", &o[0], &o[1], &o[2], &o[3])) return NULL;
    Py_ssize_t n = PyBytes_GET_SIZE(o[0]) / (Py_ssize_t)sizeof(int64_t);
    Py_ssize_t total = PyBytes_GET_SIZE(o[2]) / (Py_ssize_t)sizeof(int32_t);
    if (PyBytes_GET_SIZE(o[1]) != n * (Py_ssize_t)sizeof(uint32_t) || PyBytes_GET_SIZE(o[3]) != total * (Py_ssize_t)sizeof(double)) {
        PyErr_SetString(PyExc_ValueError, "LM arrays of unequal lengths");
        return NULL;
    }
    const int64_t *off = (const int64_t *)PyBytes_AS_STRING(o[0]);
    const uint32_t *shift = (const uint32_t *)PyBytes_AS_STRING(o[1]);
    for (Py_ssize_t r = 0; r < n; r++) { /* every row inside the key array */
        if (shift[r] == 0) continue;
        if (shift[r] < 2 || shift[r] > 31 || off[r] < 0 || off[r] + ((int64_t)1 << (32 - shift[r])) > total) {
            PyErr_SetString(PyExc_ValueError, "LM arrays out of shape");
            return NULL;
        }
    }
    LmTable *t = calloc(1, sizeof(LmTable));
    if (!t) return PyErr_NoMemory();
    t->nrows = n;
    t->off = off;
    t->shift = shift;
    t->key = (const int32_t *)PyBytes_AS_STRING(o[2]);
    t->val = (const double *)PyBytes_AS_STRING(o[3]);
    for (int q = 0; q < 4; q++) { Py_INCREF(o[q]); t->owners[q] = o[q]; }
    PyObject *cap = PyCapsule_New(t, "vetplan.lm_table", lm_table_free);
    if (!cap) { for (int q = 0; q < 4; q++) Py_DECREF(o[q]); free(t); }
    return cap;
}

/* lm_lookup(table, row, id) -> float or None: seen[syllable] of a row as viterbi_core reads it (for tests) */
static PyObject *lm_lookup(PyObject *self, PyObject *args) {
    PyObject *cap;
    Py_ssize_t row, id;
    if (!PyArg_ParseTuple(args, "Onn", &cap, &row, &id)) return NULL;
    const LmTable *t = PyCapsule_GetPointer(cap, "vetplan.lm_table");
    if (!t) return NULL;
    if (row < 0 || row >= t->nrows) { PyErr_SetString(PyExc_IndexError, "row id out of the table"); return NULL; }
    double v;
    if (!lm_get(t, (long)row, (long)id, &v)) Py_RETURN_NONE;
    return PyFloat_FromDouble(v);
}

static int get_slot(PyObject *t, Slot *s) {
    if (!PyTuple_Check(t) || PyTuple_GET_SIZE(t) != 11) {
        PyErr_SetString(PyExc_TypeError, "slot must be an 11-tuple");
        return -1;
    }
    s->locv = NULL;
    s->fid = s->rid = NULL;
    s->fids = PyTuple_GET_ITEM(t, 9);
    s->rids = PyTuple_GET_ITEM(t, 10);
    if (!PyList_Check(s->fids) || !PyList_Check(s->rids)) {
        PyErr_SetString(PyExc_TypeError, "slot fields must be lists");
        return -1;
    }
    s->loc = PyTuple_GET_ITEM(t, 0);
    s->lwlp = PyTuple_GET_ITEM(t, 1);
    s->bos = PyTuple_GET_ITEM(t, 2);
    s->seens = PyTuple_GET_ITEM(t, 3);
    s->firsts = PyTuple_GET_ITEM(t, 4);
    s->lpf = PyTuple_GET_ITEM(t, 5);
    s->ts = PyTuple_GET_ITEM(t, 6);
    s->soft = PyTuple_GET_ITEM(t, 7);
    s->lasts = PyTuple_GET_ITEM(t, 8);
    if (!PyList_Check(s->loc) || !PyList_Check(s->lwlp) || !PyList_Check(s->bos) || !PyList_Check(s->seens) ||
        !PyList_Check(s->firsts) || !PyList_Check(s->lpf) || !PyList_Check(s->lasts) || (s->ts != Py_None && !PyList_Check(s->ts)) ||
        (s->soft != Py_None && !PyList_Check(s->soft))) {
        PyErr_SetString(PyExc_TypeError, "slot fields must be lists");
        return -1;
    }
    s->n = PyList_GET_SIZE(s->loc);
    if (s->n == 0 || PyList_GET_SIZE(s->lwlp) != s->n || PyList_GET_SIZE(s->bos) != s->n ||
        PyList_GET_SIZE(s->seens) != s->n || PyList_GET_SIZE(s->firsts) != s->n ||
        PyList_GET_SIZE(s->lpf) != s->n || PyList_GET_SIZE(s->lasts) != s->n || (s->ts != Py_None && PyList_GET_SIZE(s->ts) != s->n) ||
        (s->soft != Py_None && PyList_GET_SIZE(s->soft) != s->n)) {
        PyErr_SetString(PyExc_ValueError, "slot fields must have one item per candidate");
        return -1;
    }
    if (PyList_GET_SIZE(s->fids) != s->n || PyList_GET_SIZE(s->rids) != s->n) {
        PyErr_SetString(PyExc_ValueError, "slot fields must have one item per candidate");
        return -1;
    }
    s->locv = malloc(sizeof(double) * s->n);
    if (!s->locv) { PyErr_NoMemory(); return -1; }
    for (Py_ssize_t k = 0; k < s->n; k++) s->locv[k] = PyFloat_AsDouble(PyList_GET_ITEM(s->loc, k));
    s->fid = malloc(sizeof(long) * s->n);
    s->rid = malloc(sizeof(long) * s->n);
    if (!s->fid || !s->rid) { PyErr_NoMemory(); return -1; }
    for (Py_ssize_t k = 0; k < s->n; k++) {
        s->fid[k] = PyLong_AsLong(PyList_GET_ITEM(s->fids, k));
        s->rid[k] = PyLong_AsLong(PyList_GET_ITEM(s->rids, k));
    }
    return PyErr_Occurred() ? -1 : 0;
}

static void free_slot(Slot *s) { free(s->locv); free(s->fid); free(s->rid); }

static inline double fl(PyObject *list, Py_ssize_t k) { return PyFloat_AsDouble(PyList_GET_ITEM(list, k)); }

/* seen.get(key): 1 and *out when found, 0 when not, -1 on error */
static inline int lookup(PyObject *seen, PyObject *key, double *out) {
    if (key == Py_None || !PyDict_Check(seen) || PyDict_GET_SIZE(seen) == 0) return 0;
    PyObject *v = PyDict_GetItemWithError(seen, key);
    if (v == NULL) return PyErr_Occurred() ? -1 : 0;
    *out = PyFloat_AsDouble(v);
    return 1;
}

/* a == b for two syllables (str) or None: 1, 0, or -1 on error */
static inline int same_syllable(PyObject *a, PyObject *b) {
    if (a == b) return a != Py_None;
    if (a == Py_None || b == Py_None) return 0;
    Py_hash_t ha = PyObject_Hash(a), hb = PyObject_Hash(b); /* cached on str objects: most pairs end here */
    if (ha == -1 || hb == -1) return -1;
    if (ha != hb) return 0;
    return PyObject_RichCompareBool(a, b, Py_EQ);
}

static PyObject *viterbi_core(PyObject *self, PyObject *args) {
    PyObject *slots_obj, *table_obj;
    double lw, lw_unk, beam, self_repeat;
    if (!PyArg_ParseTuple(args, "O!ddddO", &PyList_Type, &slots_obj, &lw, &lw_unk, &beam, &self_repeat, &table_obj))
        return NULL;
    const LmTable *tab = PyCapsule_GetPointer(table_obj, "vetplan.lm_table");
    if (!tab) return NULL;
    Py_ssize_t n = PyList_GET_SIZE(slots_obj);
    if (n == 0) return Py_BuildValue("([],[])");
    Slot *sl = calloc(n, sizeof(Slot));
    double **score = calloc(n, sizeof(double *));
    Py_ssize_t **back = calloc(n, sizeof(Py_ssize_t *));
    Py_ssize_t *path = malloc(sizeof(Py_ssize_t) * n);
    Py_ssize_t *live = NULL;
    PyObject *result = NULL;
    if (!sl || !score || !back || !path) { PyErr_NoMemory(); goto done; }
    Py_ssize_t maxn = 0;
    for (Py_ssize_t i = 0; i < n; i++) {
        if (get_slot(PyList_GET_ITEM(slots_obj, i), &sl[i]) < 0) goto done;
        for (Py_ssize_t k = 0; k < sl[i].n; k++)
            if (sl[i].rid[k] >= tab->nrows) { PyErr_SetString(PyExc_IndexError, "row id out of the table"); goto done; }
        if (sl[i].n > maxn) maxn = sl[i].n;
        score[i] = malloc(sizeof(double) * sl[i].n);
        back[i] = malloc(sizeof(Py_ssize_t) * sl[i].n);
        if (!score[i] || !back[i]) { PyErr_NoMemory(); goto done; }
    }
    live = malloc(sizeof(Py_ssize_t) * maxn);
    if (!live) { PyErr_NoMemory(); goto done; }

    for (Py_ssize_t i = 0; i < n; i++) {
        Slot *s = &sl[i];
        double *row = score[i];
        Py_ssize_t *brow = back[i];
        if (i == 0 || s->ts != Py_None) {
            double bestp = 0.0;
            Py_ssize_t bj = -1;
            if (i > 0) {
                double *prow = score[i - 1];
                bestp = prow[0]; bj = 0;
                for (Py_ssize_t j = 1; j < sl[i - 1].n; j++) if (prow[j] > bestp) { bestp = prow[j]; bj = j; }
            }
            if (s->ts == Py_None) { PyErr_SetString(PyExc_ValueError, "first slot needs ts"); goto done; }
            for (Py_ssize_t k = 0; k < s->n; k++) {
                row[k] = bestp + s->locv[k] + fl(s->ts, k);
                brow[k] = bj;
            }
        } else {
            Slot *p = &sl[i - 1];
            double *prow = score[i - 1];
            double top = prow[0];
            Py_ssize_t topj = 0;
            for (Py_ssize_t j = 1; j < p->n; j++) if (prow[j] > top) { top = prow[j]; topj = j; }
            double floor_ = top - beam;
            Py_ssize_t nl = 0;
            double bb = 0.0;
            Py_ssize_t bbj = 0;
            for (Py_ssize_t j = 0; j < p->n; j++) {
                if (prow[j] >= floor_) {
                    double v = prow[j] + lw * fl(p->bos, j);
                    if (nl == 0 || v > bb) { bb = v; bbj = j; }
                    live[nl++] = j;
                }
            }
            for (Py_ssize_t k = 0; k < s->n; k++) {
                PyObject *x = PyList_GET_ITEM(s->lwlp, k);
                double lo = s->locv[k];
                if (x != Py_None) { row[k] = bb + PyFloat_AsDouble(x) + lo; brow[k] = bbj; }
                else { row[k] = top + lw_unk + lo; brow[k] = topj; }
            }
            /* an unseen repetition of the best previous word's last syllable costs self_repeat more: the
             * candidates starting with it take the better of that and the best other previous word */
            PyObject *rep = PyList_GET_ITEM(p->lasts, bbj);
            if (rep != Py_None) {
                double t_rep;
                int in_seen = lookup(PyList_GET_ITEM(p->seens, bbj), rep, &t_rep);
                if (in_seen < 0) goto done;
                int any = 0;
                if (!in_seen) {
                    for (Py_ssize_t k = 0; k < s->n && !any; k++) {
                        int eq = same_syllable(PyList_GET_ITEM(s->firsts, k), rep);
                        if (eq < 0) goto done;
                        any = eq;
                    }
                }
                if (any) {
                    double alt = bb - lw * self_repeat;
                    Py_ssize_t altj = bbj;
                    for (Py_ssize_t a = 0; a < nl; a++) {
                        Py_ssize_t j = live[a];
                        double v = prow[j] + lw * fl(p->bos, j);
                        if (v > alt) {
                            int eq = same_syllable(PyList_GET_ITEM(p->lasts, j), rep);
                            if (eq < 0) goto done;
                            if (!eq) { alt = v; altj = j; }
                        }
                    }
                    for (Py_ssize_t k = 0; k < s->n; k++) {
                        int eq = same_syllable(PyList_GET_ITEM(s->firsts, k), rep);
                        if (eq < 0) goto done;
                        if (eq) { row[k] = alt + fl(s->lwlp, k) + s->locv[k]; brow[k] = altj; }
                    }
                }
            }
            for (Py_ssize_t a = 0; a < nl; a++) {
                Py_ssize_t j = live[a];
                double ps = prow[j];
                if (p->rid[j] >= 0) { /* the row in the LM table, probed by syllable id */
                    long r = p->rid[j];
                    if (tab->shift[r] == 0) continue;
                    for (Py_ssize_t k = 0; k < s->n; k++) {
                        double t;
                        if (!lm_get(tab, r, s->fid[k], &t)) continue;
                        double sc = ps + lw * t;
                        double v = sc + s->locv[k];
                        if (v > row[k]) { row[k] = v; brow[k] = j; }
                    }
                    continue;
                }
                PyObject *seen = PyList_GET_ITEM(p->seens, j);
                if (!PyDict_Check(seen) || PyDict_GET_SIZE(seen) == 0) continue;
                for (Py_ssize_t k = 0; k < s->n; k++) {
                    double t;
                    int got = lookup(seen, PyList_GET_ITEM(s->firsts, k), &t);
                    if (got < 0) goto done;
                    if (!got) continue;
                    double sc = ps + lw * t;
                    double v = sc + s->locv[k];
                    if (v > row[k]) { row[k] = v; brow[k] = j; }
                }
            }
            if (s->soft != Py_None) { /* or a new sentence: from the best previous score, through "<s>" */
                for (Py_ssize_t k = 0; k < s->n; k++) {
                    double v = top + s->locv[k] + fl(s->soft, k);
                    if (v > row[k]) { row[k] = v; brow[k] = topj; }
                }
            }
        }
        if (PyErr_Occurred()) goto done;
    }
    /* back-trace */
    {
        double *last = score[n - 1];
        Py_ssize_t bk = 0;
        for (Py_ssize_t k = 1; k < sl[n - 1].n; k++) if (last[k] > last[bk]) bk = k;
        path[n - 1] = bk;
        for (Py_ssize_t i = n - 1; i > 0; i--) {
            Py_ssize_t b = back[i][path[i]];
            path[i - 1] = b > 0 ? b : 0;
        }
    }
    PyObject *py_path = PyList_New(n);
    PyObject *py_marg = PyList_New(n);
    if (!py_path || !py_marg) { Py_XDECREF(py_path); Py_XDECREF(py_marg); goto done; }
    for (Py_ssize_t i = 0; i < n; i++) {
        PyList_SET_ITEM(py_path, i, PyLong_FromSsize_t(path[i]));
        double margin = 10.0;
        Slot *s = &sl[i];
        if (s->n > 1) {
            PyObject *f = Py_None;
            double lp = 0.0;
            long f_id = -1;
            if (i + 1 < n && sl[i + 1].ts == Py_None) {
                f = PyList_GET_ITEM(sl[i + 1].firsts, path[i + 1]);
                lp = fl(sl[i + 1].lpf, path[i + 1]);
                f_id = sl[i + 1].fid[path[i + 1]];
            }
            Py_ssize_t pk = path[i];
            double best = 0.0, other = -INFINITY;
            for (Py_ssize_t k = 0; k < s->n; k++) {
                double v = score[i][k];
                if (f != Py_None) {
                    double t;
                    int got = s->rid[k] >= 0 ? lm_get(tab, s->rid[k], f_id, &t)
                                             : lookup(PyList_GET_ITEM(s->seens, k), f, &t);
                    if (got < 0) { Py_DECREF(py_path); Py_DECREF(py_marg); goto done; }
                    if (!got) {
                        t = fl(s->bos, k) + lp;
                        int eq = same_syllable(PyList_GET_ITEM(s->lasts, k), f);
                        if (eq < 0) { Py_DECREF(py_path); Py_DECREF(py_marg); goto done; }
                        if (eq) t -= self_repeat;
                    }
                    v = v + lw * t;
                }
                if (k == pk) best = v;
                else if (v > other) other = v;
            }
            margin = best - other;
        }
        PyList_SET_ITEM(py_marg, i, PyFloat_FromDouble(margin));
    }
    if (PyErr_Occurred()) { Py_DECREF(py_path); Py_DECREF(py_marg); goto done; }
    result = PyTuple_Pack(2, py_path, py_marg);
    Py_DECREF(py_path);
    Py_DECREF(py_marg);

done:
    if (sl) for (Py_ssize_t i = 0; i < n; i++) free_slot(&sl[i]);
    if (score) for (Py_ssize_t i = 0; i < n; i++) free(score[i]);
    if (back) for (Py_ssize_t i = 0; i < n; i++) free(back[i]);
    free(score); free(back); free(path); free(sl); free(live);
    return result;
}

/* The buffers and rows that wed_costs and wed_rank share: the coded lexicon, one OCR string's cost
 * columns and first/insertion rows. */
typedef struct {
    Py_buffer codes, lens, dels;
    Py_buffer *cols;
    Py_ssize_t m, ncols, nwords, width, nalpha;
    double *first, *ins, *prev, *cur;
    double *sub; /* nalpha x m: the substitution cost of each alphabet letter by each OCR character */
} Wed;

static void wed_release(Wed *w) {
    for (Py_ssize_t j = 0; j < w->ncols; j++) PyBuffer_Release(&w->cols[j]);
    if (w->codes.obj) PyBuffer_Release(&w->codes);
    if (w->lens.obj) PyBuffer_Release(&w->lens);
    if (w->dels.obj) PyBuffer_Release(&w->dels);
    free(w->cols); free(w->first); free(w->ins); free(w->prev); free(w->cur); free(w->sub);
}

static int wed_init(Wed *w, PyObject *codes_o, PyObject *lens_o, PyObject *cols_o, PyObject *dels_o, PyObject *first_o,
                    PyObject *ins_o) {
    memset(w, 0, sizeof(Wed));
    w->m = PyList_GET_SIZE(ins_o);
    Py_ssize_t m = w->m;
    if (PyList_GET_SIZE(cols_o) != m || PyList_GET_SIZE(first_o) != m + 1) {
        PyErr_SetString(PyExc_ValueError, "cols, first and ins must fit the OCR string");
        return -1;
    }
    if (PyObject_GetBuffer(codes_o, &w->codes, PyBUF_C_CONTIGUOUS | PyBUF_FORMAT) < 0) return -1;
    if (PyObject_GetBuffer(lens_o, &w->lens, PyBUF_C_CONTIGUOUS | PyBUF_FORMAT) < 0) return -1;
    if (PyObject_GetBuffer(dels_o, &w->dels, PyBUF_C_CONTIGUOUS | PyBUF_FORMAT) < 0) return -1;
    if (w->codes.ndim != 2 || w->codes.itemsize != sizeof(Py_ssize_t) || w->lens.itemsize != sizeof(Py_ssize_t) ||
        w->dels.itemsize != sizeof(double)) {
        PyErr_SetString(PyExc_TypeError, "codes/lens must be intp arrays, dels float64");
        return -1;
    }
    w->nwords = w->codes.shape[0];
    w->width = w->codes.shape[1];
    w->nalpha = w->dels.shape[0];
    if (w->lens.ndim != 1 || w->lens.shape[0] != w->nwords || w->dels.ndim != 1) {
        PyErr_SetString(PyExc_ValueError, "lens must have one length per coded word");
        return -1;
    }
    w->cols = calloc(m ? m : 1, sizeof(Py_buffer));
    w->first = malloc(sizeof(double) * (m + 1));
    w->prev = malloc(sizeof(double) * (m + 1));
    w->cur = malloc(sizeof(double) * (m + 1));
    w->ins = malloc(sizeof(double) * (m ? m : 1));
    if (!w->cols || !w->first || !w->prev || !w->cur || !w->ins) { PyErr_NoMemory(); return -1; }
    for (Py_ssize_t j = 0; j < m; j++) {
        if (PyObject_GetBuffer(PyList_GET_ITEM(cols_o, j), &w->cols[j], PyBUF_C_CONTIGUOUS | PyBUF_FORMAT) < 0) return -1;
        w->ncols++;
        if (w->cols[j].itemsize != sizeof(double) || w->cols[j].shape[0] != w->nalpha) {
            PyErr_SetString(PyExc_TypeError, "cols must be float64 arrays over the alphabet");
            return -1;
        }
        w->ins[j] = PyFloat_AsDouble(PyList_GET_ITEM(ins_o, j));
    }
    for (Py_ssize_t j = 0; j <= m; j++) w->first[j] = PyFloat_AsDouble(PyList_GET_ITEM(first_o, j));
    w->sub = malloc(sizeof(double) * (w->nalpha * m > 0 ? w->nalpha * m : 1));
    if (!w->sub) { PyErr_NoMemory(); return -1; }
    for (Py_ssize_t j = 0; j < m; j++) {
        const double *col = (const double *)w->cols[j].buf;
        for (Py_ssize_t c = 0; c < w->nalpha; c++) w->sub[c * m + j] = col[c];
    }
    return PyErr_Occurred() ? -1 : 0;
}

/* One DP row: ``cur`` after letter ``c`` from the row ``up`` before it; returns the row's minimum (a bound on
 * the final cost: costs never fall) */
static inline double wed_row(const Wed *w, Py_ssize_t c, const double *up, double *cur) {
    Py_ssize_t m = w->m;
    const double *sub = w->sub + c * m, *ins = w->ins;
    double d = ((const double *)w->dels.buf)[c];
    cur[0] = up[0] + d;
    double lo = cur[0];
    for (Py_ssize_t j = 0; j < m; j++) {
        double a = up[j] + sub[j];
        double b = up[j + 1] + d;
        if (b < a) a = b;
        double cc = cur[j] + ins[j];
        cur[j + 1] = cc < a ? cc : a;
        if (cur[j + 1] < lo) lo = cur[j + 1];
    }
    return lo;
}

/* the weighted edit distance of lexicon word ``id``: 0 and *out, or -1 with an exception set; once every
 * cell of a row costs more than ``limit`` the word is abandoned and *out is INFINITY (costs never fall) */
static int wed_one_within(Wed *w, Py_ssize_t id, double limit, double *out);

static int wed_one(Wed *w, Py_ssize_t id, double *out) { return wed_one_within(w, id, INFINITY, out); }

static int wed_one_within(Wed *w, Py_ssize_t id, double limit, double *out) {
    if (id < 0 || id >= w->nwords) {
        if (!PyErr_Occurred()) PyErr_SetString(PyExc_IndexError, "word id out of range");
        return -1;
    }
    const Py_ssize_t *cd = (const Py_ssize_t *)w->codes.buf, *ln = (const Py_ssize_t *)w->lens.buf;
    Py_ssize_t m = w->m;
    double *prev = w->prev, *cur = w->cur;
    memcpy(prev, w->first, sizeof(double) * (m + 1));
    Py_ssize_t L = ln[id] < w->width ? ln[id] : w->width;
    for (Py_ssize_t i = 0; i < L; i++) {
        Py_ssize_t c = cd[id * w->width + i];
        if (c < 0 || c >= w->nalpha) {
            PyErr_SetString(PyExc_IndexError, "letter code out of the alphabet");
            return -1;
        }
        if (wed_row(w, c, prev, cur) > limit) { *out = INFINITY; return 0; }
        double *t = prev; prev = cur; cur = t;
    }
    *out = prev[m];
    return 0;
}

/* The edit distances of the words ``id[0..n)`` in that order into cost[], *lo their minimum. A word shares
 * the DP rows of the prefix it has in common with the word before it (a skeleton's forms follow each other:
 * "nghiệp", "nghiệm", "nghiêm" share "nghi"), and is abandoned (INFINITY) once a row passes the cheapest
 * so far + band, or when the word before was abandoned within the prefix they share: such a word costs more
 * than the final cheapest + band, so which of them are abandoned changes nothing a caller keeps. */
static int wed_costs_shared(Wed *w, const Py_ssize_t *id, Py_ssize_t n, double band, double *cost, double *lo_out) {
    const Py_ssize_t *cd = (const Py_ssize_t *)w->codes.buf, *ln = (const Py_ssize_t *)w->lens.buf;
    Py_ssize_t m = w->m, width = w->width;
    double *R = malloc(sizeof(double) * (width + 1) * (m + 1)); /* row i: after the first i letters */
    if (!R) { PyErr_NoMemory(); return -1; }
    memcpy(R, w->first, sizeof(double) * (m + 1));
    double lo = INFINITY;
    Py_ssize_t prev = -1, prev_len = 0, valid = 0, dead = -1; /* rows 0..valid hold the previous word's prefix */
    for (Py_ssize_t k = 0; k < n; k++) {
        Py_ssize_t wid = id[k];
        if (wid < 0 || wid >= w->nwords) {
            PyErr_SetString(PyExc_IndexError, "word id out of range");
            free(R);
            return -1;
        }
        const Py_ssize_t *code = cd + wid * width;
        Py_ssize_t L = ln[wid] < width ? ln[wid] : width;
        Py_ssize_t lcp = 0;
        if (prev >= 0) {
            const Py_ssize_t *pc = cd + prev * width;
            Py_ssize_t lim = L < prev_len ? L : prev_len;
            while (lcp < lim && code[lcp] == pc[lcp]) lcp++;
        }
        prev = wid;
        prev_len = L;
        if (dead >= 0 && lcp >= dead) { cost[k] = INFINITY; continue; }
        dead = -1;
        if (valid > lcp) valid = lcp;
        double limit = lo + band;
        for (Py_ssize_t i = valid; i < L; i++) {
            Py_ssize_t c = code[i];
            if (c < 0 || c >= w->nalpha) {
                PyErr_SetString(PyExc_IndexError, "letter code out of the alphabet");
                free(R);
                return -1;
            }
            double row_lo = wed_row(w, c, R + i * (m + 1), R + (i + 1) * (m + 1));
            valid = i + 1;
            if (row_lo > limit) { dead = i + 1; break; }
        }
        cost[k] = dead >= 0 ? INFINITY : R[L * (m + 1) + m];
        if (cost[k] < lo) lo = cost[k];
    }
    free(R);
    *lo_out = lo;
    return 0;
}

/* wed_costs(codes, lens, ids, cols, dels, first, ins) -> list of float
 *
 * The weighted edit distance of decode.BatchCoster.costs, one lexicon word at a time: ``codes`` (intp,
 * words x width) and ``lens`` (intp) code the lexicon's words over its alphabet, ``ids`` the words to score,
 * ``cols`` one float64 column per OCR character (substitution cost of each alphabet letter into it), ``dels``
 * (float64, per alphabet letter), ``first`` (m + 1 floats) and ``ins`` (m floats) the OCR string's rows.
 * Same additions and minima in the same order as the numpy version: identical floats.
 */
static PyObject *wed_costs(PyObject *self, PyObject *args) {
    PyObject *codes_o, *lens_o, *ids_o, *cols_o, *dels_o, *first_o, *ins_o;
    if (!PyArg_ParseTuple(args, "OOO!O!OO!O!", &codes_o, &lens_o, &PyList_Type, &ids_o, &PyList_Type, &cols_o, &dels_o,
                          &PyList_Type, &first_o, &PyList_Type, &ins_o))
        return NULL;
    Wed w;
    PyObject *out = NULL;
    if (wed_init(&w, codes_o, lens_o, cols_o, dels_o, first_o, ins_o) < 0) goto done;
    Py_ssize_t n = PyList_GET_SIZE(ids_o);
    out = PyList_New(n);
    if (!out) goto done;
    for (Py_ssize_t k = 0; k < n; k++) {
        double v;
        if (wed_one(&w, PyLong_AsSsize_t(PyList_GET_ITEM(ids_o, k)), &v) < 0) { Py_CLEAR(out); goto done; }
        PyList_SET_ITEM(out, k, PyFloat_FromDouble(v));
    }
done:
    wed_release(&w);
    return out;
}

typedef struct { double key; Py_ssize_t pos; } Ranked;
typedef struct { double key, first; Py_ssize_t pos; } Ranked2; /* a second key, ties by the first order */

/* (key, position) order */
static inline int before(const Ranked *x, const Ranked *y) {
    return x->key < y->key || (!(x->key > y->key) && x->pos < y->pos);
}

/* (key, first key, position) order */
static inline int before2(const Ranked2 *x, const Ranked2 *y) {
    if (x->key < y->key) return 1;
    if (x->key > y->key) return 0;
    return before(&(Ranked){x->first, x->pos}, &(Ranked){y->first, y->pos});
}

/* wed_rank(codes, lens, ids, cols, dels, first, ins, lps, prior, band, top, more[, words]) -> (positions, costs)
 *
 * decode.Generator._finish_costs over wed_costs in one call: the costs of the words ``ids``, those within
 * ``band`` of the cheapest, the ``top`` best by cost - prior * logp, then up to ``more`` of the rest by
 * cost - logp (both stable). ``lps`` (float64) holds logp per lexicon word id. Returns the kept words'
 * positions in ``ids`` and their costs, in that order (with ``words``, one per id: the list of candidates
 * ((word,), cost) itself). A word is abandoned as soon as it must cost more than
 * the cheapest before it + band (it could not be kept), so most words cost a row or two.
 */
static PyObject *wed_rank(PyObject *self, PyObject *args) {
    PyObject *codes_o, *lens_o, *ids_o, *cols_o, *dels_o, *first_o, *ins_o, *lps_o, *words_o = Py_None;
    double prior, band;
    Py_ssize_t top, more;
    if (!PyArg_ParseTuple(args, "OOO!O!OO!O!Oddnn|O", &codes_o, &lens_o, &PyList_Type, &ids_o, &PyList_Type, &cols_o,
                          &dels_o, &PyList_Type, &first_o, &PyList_Type, &ins_o, &lps_o, &prior, &band, &top, &more,
                          &words_o))
        return NULL;
    if (words_o != Py_None && (!PyList_Check(words_o) || PyList_GET_SIZE(words_o) != PyList_GET_SIZE(ids_o))) {
        PyErr_SetString(PyExc_ValueError, "words must be a list, one per id");
        return NULL;
    }
    Wed w;
    Py_buffer lps = {0};
    double *cost = NULL;
    Py_ssize_t *id = NULL;
    Ranked *rk = NULL;
    PyObject *result = NULL, *pos_l = NULL, *cost_l = NULL;
    Py_ssize_t n = PyList_GET_SIZE(ids_o);
    if (wed_init(&w, codes_o, lens_o, cols_o, dels_o, first_o, ins_o) < 0) goto done;
    if (PyObject_GetBuffer(lps_o, &lps, PyBUF_C_CONTIGUOUS | PyBUF_FORMAT) < 0) goto done;
    if (lps.itemsize != sizeof(double) || lps.ndim != 1 || lps.shape[0] != w.nwords) {
        PyErr_SetString(PyExc_TypeError, "lps must be float64, one per coded word");
        goto done;
    }
    cost = malloc(sizeof(double) * (n ? n : 1));
    id = malloc(sizeof(Py_ssize_t) * (n ? n : 1));
    rk = malloc(sizeof(Ranked) * (n ? n : 1));
    if (!cost || !id || !rk) { PyErr_NoMemory(); goto done; }
    for (Py_ssize_t k = 0; k < n; k++) id[k] = PyLong_AsSsize_t(PyList_GET_ITEM(ids_o, k));
    if (PyErr_Occurred()) goto done;
    double lo;
    if (wed_costs_shared(&w, id, n, band, cost, &lo) < 0) goto done;
    const double *lp = (const double *)lps.buf;
    double limit = lo + band;
    Py_ssize_t nb = 0;
    for (Py_ssize_t k = 0; k < n; k++)
        if (cost[k] <= limit) { rk[nb].key = cost[k] - prior * lp[id[k]]; rk[nb].pos = k; nb++; }
    /* the ``top`` first by (key, position): the sorted array ``best`` kept by insertion (a few in ~150) */
    Py_ssize_t ntop = nb < top ? nb : top;
    Ranked *best = malloc(sizeof(Ranked) * (ntop ? ntop : 1));
    char *taken = calloc(n ? n : 1, 1); /* by position: among the first ``top`` */
    Ranked2 *more_b = NULL;
    if (!best || !taken) { free(best); free(taken); PyErr_NoMemory(); goto done; }
    Py_ssize_t have = 0;
    for (Py_ssize_t r = 0; r < nb && ntop > 0; r++) {
        if (have == ntop && !before(&rk[r], &best[have - 1])) continue;
        Py_ssize_t at = have < ntop ? have++ : ntop - 1;
        while (at > 0 && before(&rk[r], &best[at - 1])) { best[at] = best[at - 1]; at--; }
        best[at] = rk[r];
    }
    /* the rest, ranked again by cost - logp, ties in their first order (key, position): the ``more`` first */
    Py_ssize_t nrest = nb - ntop;
    Py_ssize_t nmore = nrest < more ? nrest : more;
    for (Py_ssize_t r = 0; r < ntop; r++) taken[best[r].pos] = 1;
    more_b = malloc(sizeof(Ranked2) * (nmore ? nmore : 1));
    if (!more_b) { free(best); free(taken); PyErr_NoMemory(); goto done; }
    have = 0;
    for (Py_ssize_t r = 0; r < nb && nmore > 0; r++) {
        Py_ssize_t k = rk[r].pos;
        if (taken[k]) continue;
        Ranked2 e = {cost[k] - lp[id[k]], rk[r].key, k};
        if (have == nmore && !before2(&e, &more_b[have - 1])) continue;
        Py_ssize_t at = have < nmore ? have++ : nmore - 1;
        while (at > 0 && before2(&e, &more_b[at - 1])) { more_b[at] = more_b[at - 1]; at--; }
        more_b[at] = e;
    }
    if (words_o != Py_None) { /* the candidates themselves: [((word,), cost), ...] */
        PyObject *cands = PyList_New(ntop + nmore);
        for (Py_ssize_t r = 0; cands && r < ntop + nmore; r++) {
            Py_ssize_t k = r < ntop ? best[r].pos : more_b[r - ntop].pos;
            PyObject *one = PyTuple_Pack(1, PyList_GET_ITEM(words_o, k));
            PyObject *c = PyFloat_FromDouble(cost[k]);
            PyObject *pair = one && c ? PyTuple_Pack(2, one, c) : NULL;
            Py_XDECREF(one); Py_XDECREF(c);
            if (!pair) { Py_CLEAR(cands); break; }
            PyList_SET_ITEM(cands, r, pair);
        }
        free(best); free(taken); free(more_b);
        result = cands;
        goto done;
    }
    pos_l = PyList_New(ntop + nmore);
    cost_l = PyList_New(ntop + nmore);
    if (pos_l && cost_l) {
        for (Py_ssize_t r = 0; r < ntop; r++) {
            Py_ssize_t k = best[r].pos;
            PyList_SET_ITEM(pos_l, r, PyLong_FromSsize_t(k));
            PyList_SET_ITEM(cost_l, r, PyFloat_FromDouble(cost[k]));
        }
        for (Py_ssize_t r = 0; r < nmore; r++) {
            Py_ssize_t k = more_b[r].pos;
            PyList_SET_ITEM(pos_l, ntop + r, PyLong_FromSsize_t(k));
            PyList_SET_ITEM(cost_l, ntop + r, PyFloat_FromDouble(cost[k]));
        }
    }
    free(best); free(taken); free(more_b);
    if (!pos_l || !cost_l) goto done;
    result = PyTuple_Pack(2, pos_l, cost_l);
done:
    Py_XDECREF(pos_l);
    Py_XDECREF(cost_l);
    if (lps.obj) PyBuffer_Release(&lps);
    wed_release(&w);
    free(cost); free(id); free(rk);
    return result;
}

/*
 * pack_slots(slots, memo, lw, start, info_of, none_info, make_info, bigram, start_transitions) -> list
 *
 * decode._pack_slots in one C loop (the Python function is the reference; tests check both give the
 * same lists). Per slot: its packed lists, memoised under (slot.key, lw, "c") when memo is a dict and
 * the key is not None; a candidate's (back, seen, lw*logp(first), logp(first), first syllable's id, row's
 * id) — the ids in the LM table, see lm_table — is info_of[cand], made by make_info(cand) on a miss; a
 * candidate of several syllables adds lw * bigram(a, b) for each pair; the transitions from a fixed context
 * come from start_transitions(slot, context).
 */
static PyObject *pack_slots(PyObject *self, PyObject *args) {
    PyObject *slots, *memo, *start, *info_of, *none_info, *make_info, *bigram, *start_tr;
    double lw;
    if (!PyArg_ParseTuple(args, "O!OdOO!O!OOO", &PyList_Type, &slots, &memo, &lw, &start, &PyDict_Type, &info_of,
                          &PyTuple_Type, &none_info, &make_info, &bigram, &start_tr)) return NULL;
    if (PyTuple_GET_SIZE(none_info) != 6) { PyErr_SetString(PyExc_ValueError, "none_info must be a 6-tuple"); return NULL; }
    enum { nl = 9 }; /* packed lists per slot */
    int use_memo = PyDict_Check(memo);
    PyObject *s_cands = PyUnicode_InternFromString("cands"), *s_key = PyUnicode_InternFromString("key");
    PyObject *s_bnd = PyUnicode_InternFromString("boundary_before"), *s_soft = PyUnicode_InternFromString("soft");
    PyObject *s_c = PyUnicode_InternFromString("c"), *s_bos = PyUnicode_InternFromString("<s>");
    PyObject *lwo = PyFloat_FromDouble(lw);
    Py_ssize_t n = PyList_GET_SIZE(slots);
    PyObject *out = PyList_New(n);
    if (!s_cands || !s_key || !s_bnd || !s_soft || !s_c || !s_bos || !lwo || !out) goto fail;
    for (Py_ssize_t i = 0; i < n; i++) {
        PyObject *slot = PyList_GET_ITEM(slots, i);
        PyObject *key = PyObject_GetAttr(slot, s_key);
        if (!key) goto fail;
        PyObject *mkey = NULL, *got = NULL;
        if (use_memo && key != Py_None) {
            mkey = PyTuple_Pack(3, key, lwo, s_c);
            if (!mkey) { Py_DECREF(key); goto fail; }
            got = PyDict_GetItemWithError(memo, mkey);
            if (got) Py_INCREF(got);
            else if (PyErr_Occurred()) { Py_DECREF(key); Py_DECREF(mkey); goto fail; }
        }
        Py_DECREF(key);
        if (!got) {
            PyObject *cands = PyObject_GetAttr(slot, s_cands);
            if (!cands || !PyList_Check(cands)) {
                Py_XDECREF(cands); Py_XDECREF(mkey);
                if (!PyErr_Occurred()) PyErr_SetString(PyExc_TypeError, "slot.cands must be a list");
                goto fail;
            }
            Py_ssize_t k = PyList_GET_SIZE(cands);
            PyObject *lists[nl] = {NULL};
            int ok = 1;
            for (int q = 0; q < nl; q++) { lists[q] = PyList_New(k); if (!lists[q]) ok = 0; }
            for (Py_ssize_t j = 0; ok && j < k; j++) {
                PyObject *pair = PyList_GET_ITEM(cands, j);
                if (!PyTuple_Check(pair) || PyTuple_GET_SIZE(pair) != 2) { PyErr_SetString(PyExc_TypeError, "a candidate must be a pair"); ok = 0; break; }
                PyObject *cand = PyTuple_GET_ITEM(pair, 0);
                double cost = PyFloat_AsDouble(PyTuple_GET_ITEM(pair, 1));
                if (cost == -1.0 && PyErr_Occurred()) { ok = 0; break; }
                double v = -cost;
                PyObject *info, *first, *last;
                int empty = cand == Py_None || (PyTuple_Check(cand) && PyTuple_GET_SIZE(cand) == 0);
                if (empty) {
                    info = none_info; Py_INCREF(info);
                    first = Py_None; last = Py_None;
                } else {
                    if (!PyTuple_Check(cand)) { PyErr_SetString(PyExc_TypeError, "a reading must be a tuple"); ok = 0; break; }
                    info = PyDict_GetItemWithError(info_of, cand);
                    if (info) Py_INCREF(info);
                    else if (PyErr_Occurred()) { ok = 0; break; }
                    else {
                        info = PyObject_CallOneArg(make_info, cand);
                        if (!info) { ok = 0; break; }
                    }
                    if (!PyTuple_Check(info) || PyTuple_GET_SIZE(info) != 6) {
                        Py_DECREF(info); PyErr_SetString(PyExc_TypeError, "info must be like none_info"); ok = 0; break;
                    }
                    Py_ssize_t m = PyTuple_GET_SIZE(cand);
                    first = PyTuple_GET_ITEM(cand, 0);
                    last = PyTuple_GET_ITEM(cand, m - 1);
                    for (Py_ssize_t a = 0; a + 1 < m; a++) {
                        PyObject *b = PyObject_CallFunctionObjArgs(bigram, PyTuple_GET_ITEM(cand, a), PyTuple_GET_ITEM(cand, a + 1), NULL);
                        if (!b) { ok = 0; break; }
                        v += lw * PyFloat_AsDouble(b);
                        Py_DECREF(b);
                        if (PyErr_Occurred()) { ok = 0; break; }
                    }
                    if (!ok) { Py_DECREF(info); break; }
                }
                PyObject *vo = PyFloat_FromDouble(v);
                if (!vo) { Py_DECREF(info); ok = 0; break; }
                PyList_SET_ITEM(lists[0], j, vo);
                PyObject *x;
                x = PyTuple_GET_ITEM(info, 2); Py_INCREF(x); PyList_SET_ITEM(lists[1], j, x);  /* lw*logp(first) */
                x = PyTuple_GET_ITEM(info, 0); Py_INCREF(x); PyList_SET_ITEM(lists[2], j, x);  /* back */
                x = PyTuple_GET_ITEM(info, 1); Py_INCREF(x); PyList_SET_ITEM(lists[3], j, x);  /* seen */
                Py_INCREF(first); PyList_SET_ITEM(lists[4], j, first);
                x = PyTuple_GET_ITEM(info, 3); Py_INCREF(x); PyList_SET_ITEM(lists[5], j, x);  /* logp(first) */
                Py_INCREF(last); PyList_SET_ITEM(lists[6], j, last);
                x = PyTuple_GET_ITEM(info, 4); Py_INCREF(x); PyList_SET_ITEM(lists[7], j, x);  /* first's id */
                x = PyTuple_GET_ITEM(info, 5); Py_INCREF(x); PyList_SET_ITEM(lists[8], j, x);  /* row id */
                Py_DECREF(info);
            }
            Py_DECREF(cands);
            if (ok) {
                got = PyTuple_New(nl);
                if (!got) ok = 0;
                else for (int q = 0; q < nl; q++) { PyTuple_SET_ITEM(got, q, lists[q]); lists[q] = NULL; }
            }
            for (int q = 0; q < nl; q++) Py_XDECREF(lists[q]);
            if (!ok) { Py_XDECREF(mkey); goto fail; }
            if (mkey && PyDict_SetItem(memo, mkey, got) < 0) { Py_DECREF(got); Py_DECREF(mkey); goto fail; }
        }
        Py_XDECREF(mkey);
        /* transitions from a fixed context: the first slot and slots after a boundary; a soft slot's "<s>" */
        PyObject *bnd = PyObject_GetAttr(slot, s_bnd);
        if (!bnd) { Py_DECREF(got); goto fail; }
        int has_bnd = PyObject_IsTrue(bnd);
        PyObject *ts = Py_None, *soft = Py_None;
        Py_INCREF(ts); Py_INCREF(soft);
        if (has_bnd < 0) { Py_DECREF(bnd); Py_DECREF(got); goto fail; }
        if (i == 0 || has_bnd) {
            Py_DECREF(ts);
            ts = PyObject_CallFunctionObjArgs(start_tr, slot, has_bnd ? bnd : start, NULL);
            if (!ts) { Py_DECREF(bnd); Py_DECREF(got); Py_DECREF(soft); goto fail; }
        }
        Py_DECREF(bnd);
        if (ts == Py_None) {
            PyObject *sf = PyObject_GetAttr(slot, s_soft);
            int is_soft = sf ? PyObject_IsTrue(sf) : -1;
            Py_XDECREF(sf);
            if (is_soft < 0) { Py_DECREF(ts); Py_DECREF(soft); Py_DECREF(got); goto fail; }
            if (is_soft) {
                Py_DECREF(soft);
                soft = PyObject_CallFunctionObjArgs(start_tr, slot, s_bos, NULL);
                if (!soft) { Py_DECREF(ts); Py_DECREF(got); goto fail; }
            }
        }
        if (!PyTuple_Check(got) || PyTuple_GET_SIZE(got) != nl) {  /* a memo entry of another shape */
            PyErr_SetString(PyExc_ValueError, "memoised slot of another layout");
            Py_DECREF(ts); Py_DECREF(soft); Py_DECREF(got); goto fail;
        }
        PyObject *row = PyTuple_Pack(11, PyTuple_GET_ITEM(got, 0), PyTuple_GET_ITEM(got, 1), PyTuple_GET_ITEM(got, 2),
                                     PyTuple_GET_ITEM(got, 3), PyTuple_GET_ITEM(got, 4), PyTuple_GET_ITEM(got, 5),
                                     ts, soft, PyTuple_GET_ITEM(got, 6), PyTuple_GET_ITEM(got, 7),
                                     PyTuple_GET_ITEM(got, 8));
        Py_DECREF(ts); Py_DECREF(soft); Py_DECREF(got);
        if (!row) goto fail;
        PyList_SET_ITEM(out, i, row);
    }
    Py_DECREF(s_cands); Py_DECREF(s_key); Py_DECREF(s_bnd); Py_DECREF(s_soft); Py_DECREF(s_c); Py_DECREF(s_bos);
    Py_DECREF(lwo);
    return out;
fail:
    Py_XDECREF(s_cands); Py_XDECREF(s_key); Py_XDECREF(s_bnd); Py_XDECREF(s_soft); Py_XDECREF(s_c); Py_XDECREF(s_bos);
    Py_XDECREF(lwo); Py_XDECREF(out);
    return NULL;
}

/* seen[key] of one LM row given as (back, seen, row id) with the key as (str, id): the table's hash when the
 * row is in it, else the dict. 1 and *out, 0, or -1 with an exception set */
static inline int row_get(const LmTable *t, PyObject *row, PyObject *key, long key_id, double *out) {
    long r = PyLong_AsLong(PyTuple_GET_ITEM(row, 2));
    if (r >= 0 && t) {
        if (r >= t->nrows) { PyErr_SetString(PyExc_IndexError, "row id out of the table"); return -1; }
        return lm_get(t, r, key_id, out);
    }
    if (r == -1 && PyErr_Occurred()) return -1;
    return lookup(PyTuple_GET_ITEM(row, 1), key, out);
}

/* link_keys(words, infos, costs, before, after, table, keep) -> positions
 *
 * decode.Generator.context_candidates' ranking: per word w (infos[k] = (id, logp, (back, seen, row id) of w's own
 * LM row)), its link is the best PMI with a neighbour: for each row of ``before`` (back, seen, row id)
 * seen[w] - logp(w), or that row's back when unseen; for each (syllable, id, logp) of ``after`` w's own
 * row's seen[syllable] - its logp, or w's back; key = cost - link (0 without neighbours) - 0.01 * logp(w).
 * Returns the positions of the ``keep`` smallest keys, by (key, position): a stable sort's first ones.
 */
static PyObject *link_keys(PyObject *self, PyObject *args) {
    PyObject *words, *infos, *costs, *rows_before, *after, *table_obj;
    Py_ssize_t keep;
    if (!PyArg_ParseTuple(args, "O!O!O!O!O!On", &PyList_Type, &words, &PyList_Type, &infos, &PyList_Type, &costs,
                          &PyList_Type, &rows_before, &PyList_Type, &after, &table_obj, &keep)) return NULL;
    const LmTable *tab = NULL;
    if (table_obj != Py_None && !(tab = PyCapsule_GetPointer(table_obj, "vetplan.lm_table"))) return NULL;
    Py_ssize_t n = PyList_GET_SIZE(words);
    if (PyList_GET_SIZE(infos) != n || PyList_GET_SIZE(costs) != n) {
        PyErr_SetString(PyExc_ValueError, "one info and one cost per word");
        return NULL;
    }
    Py_ssize_t nb = PyList_GET_SIZE(rows_before), na = PyList_GET_SIZE(after);
    for (Py_ssize_t q = 0; q < nb; q++) {
        PyObject *r = PyList_GET_ITEM(rows_before, q);
        if (!PyTuple_Check(r) || PyTuple_GET_SIZE(r) != 3) { PyErr_SetString(PyExc_TypeError, "a row is (back, seen, id)"); return NULL; }
    }
    for (Py_ssize_t q = 0; q < na; q++) {
        PyObject *a = PyList_GET_ITEM(after, q);
        if (!PyTuple_Check(a) || PyTuple_GET_SIZE(a) != 3) { PyErr_SetString(PyExc_TypeError, "an after word is (str, id, logp)"); return NULL; }
    }
    if (keep < 0) keep = 0;
    Ranked *best = malloc(sizeof(Ranked) * (keep ? keep : 1));
    if (!best) return PyErr_NoMemory();
    Py_ssize_t have = 0;
    for (Py_ssize_t k = 0; k < n; k++) {
        PyObject *w = PyList_GET_ITEM(words, k), *info = PyList_GET_ITEM(infos, k);
        if (!PyTuple_Check(info) || PyTuple_GET_SIZE(info) != 3) { PyErr_SetString(PyExc_TypeError, "info is (id, logp, row)"); goto fail; }
        long wid = PyLong_AsLong(PyTuple_GET_ITEM(info, 0));
        double lp = PyFloat_AsDouble(PyTuple_GET_ITEM(info, 1));
        PyObject *own = PyTuple_GET_ITEM(info, 2);
        double c = PyFloat_AsDouble(PyList_GET_ITEM(costs, k));
        if (PyErr_Occurred()) goto fail;
        int any = 0;
        double gain = 0.0;
        for (Py_ssize_t q = 0; q < nb; q++) {
            PyObject *r = PyList_GET_ITEM(rows_before, q);
            double x;
            int got = row_get(tab, r, w, wid, &x);
            if (got < 0) goto fail;
            if (got) x = x - lp;
            else x = PyFloat_AsDouble(PyTuple_GET_ITEM(r, 0));
            if (!any || x > gain) { gain = x; any = 1; }
        }
        if (na) {
            if (!PyTuple_Check(own) || PyTuple_GET_SIZE(own) != 3) { PyErr_SetString(PyExc_TypeError, "a row is (back, seen, id)"); goto fail; }
            double back = PyFloat_AsDouble(PyTuple_GET_ITEM(own, 0));
            for (Py_ssize_t q = 0; q < na; q++) {
                PyObject *a = PyList_GET_ITEM(after, q);
                double x;
                int got = row_get(tab, own, PyTuple_GET_ITEM(a, 0), PyLong_AsLong(PyTuple_GET_ITEM(a, 1)), &x);
                if (got < 0) goto fail;
                if (got) x = x - PyFloat_AsDouble(PyTuple_GET_ITEM(a, 2));
                else x = back;
                if (!any || x > gain) { gain = x; any = 1; }
            }
        }
        if (PyErr_Occurred()) goto fail;
        Ranked e = {c - (any ? gain : 0.0) - 0.01 * lp, k};
        if (keep == 0 || (have == keep && !before(&e, &best[have - 1]))) continue;
        Py_ssize_t at = have < keep ? have++ : keep - 1;
        while (at > 0 && before(&e, &best[at - 1])) { best[at] = best[at - 1]; at--; }
        best[at] = e;
    }
    PyObject *out = PyList_New(have);
    if (!out) goto fail;
    for (Py_ssize_t r = 0; r < have; r++) PyList_SET_ITEM(out, r, PyLong_FromSsize_t(best[r].pos));
    free(best);
    return out;
fail:
    free(best);
    return NULL;
}

static PyMethodDef methods[] = {
    {"viterbi_core", viterbi_core, METH_VARARGS, "Forward pass, back-trace and margins of decode.viterbi."},
    {"wed_costs", wed_costs, METH_VARARGS, "Weighted edit distances of lexicon words to one OCR string."},
    {"pack_slots", pack_slots, METH_VARARGS, "decode._pack_slots in one C loop."},
    {"wed_rank", wed_rank, METH_VARARGS, "wed_costs, then the band and both rankings of Generator._finish_costs."},
    {"lm_arrays", lm_arrays, METH_VARARGS, "The LM rows as open-addressing hashes of syllable ids (bytes)."},
    {"lm_table", lm_table, METH_VARARGS, "A capsule over lm_arrays' bytes for viterbi_core."},
    {"lm_lookup", lm_lookup, METH_VARARGS, "seen[syllable id] of one row of an lm_table, or None."},
    {"link_keys", link_keys, METH_VARARGS, "The six best of Generator.context_candidates' ranking."},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {PyModuleDef_HEAD_INIT, "_viterbi", "C inner loops of the decoder.", -1, methods};

PyMODINIT_FUNC PyInit__viterbi(void) { return PyModule_Create(&module); }
