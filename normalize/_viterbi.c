/* The inner loops of normalize.decode.viterbi in C (same arithmetic, same order, same ties).
 *
 * viterbi_core(slots, lw, lw_unk, beam) -> (path, margins)
 *
 * slots: list of tuples (loc, lwlp, bos, seens, firsts, lpf, ts, soft), one per word token, each list with
 * one item per candidate:
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
 * The pure-Python version in decode.py is the reference; tests check both give identical results.
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <math.h>
#include <stdlib.h>

typedef struct {
    Py_ssize_t n;
    PyObject *loc, *lwlp, *bos, *seens, *firsts, *lpf, *ts, *soft; /* borrowed */
} Slot;

static int get_slot(PyObject *t, Slot *s) {
    if (!PyTuple_Check(t) || PyTuple_GET_SIZE(t) != 8) {
        PyErr_SetString(PyExc_TypeError, "slot must be an 8-tuple");
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
    if (!PyList_Check(s->loc) || !PyList_Check(s->lwlp) || !PyList_Check(s->bos) || !PyList_Check(s->seens) ||
        !PyList_Check(s->firsts) || !PyList_Check(s->lpf) || (s->ts != Py_None && !PyList_Check(s->ts)) ||
        (s->soft != Py_None && !PyList_Check(s->soft))) {
        PyErr_SetString(PyExc_TypeError, "slot fields must be lists");
        return -1;
    }
    s->n = PyList_GET_SIZE(s->loc);
    if (s->n == 0 || PyList_GET_SIZE(s->lwlp) != s->n || PyList_GET_SIZE(s->bos) != s->n ||
        PyList_GET_SIZE(s->seens) != s->n || PyList_GET_SIZE(s->firsts) != s->n ||
        PyList_GET_SIZE(s->lpf) != s->n || (s->ts != Py_None && PyList_GET_SIZE(s->ts) != s->n) ||
        (s->soft != Py_None && PyList_GET_SIZE(s->soft) != s->n)) {
        PyErr_SetString(PyExc_ValueError, "slot fields must have one item per candidate");
        return -1;
    }
    return 0;
}

static inline double fl(PyObject *list, Py_ssize_t k) { return PyFloat_AsDouble(PyList_GET_ITEM(list, k)); }

/* seen.get(key): 1 and *out when found, 0 when not, -1 on error */
static inline int lookup(PyObject *seen, PyObject *key, double *out) {
    if (key == Py_None || !PyDict_Check(seen) || PyDict_GET_SIZE(seen) == 0) return 0;
    PyObject *v = PyDict_GetItemWithError(seen, key);
    if (v == NULL) return PyErr_Occurred() ? -1 : 0;
    *out = PyFloat_AsDouble(v);
    return 1;
}

static PyObject *viterbi_core(PyObject *self, PyObject *args) {
    PyObject *slots_obj;
    double lw, lw_unk, beam;
    if (!PyArg_ParseTuple(args, "O!ddd", &PyList_Type, &slots_obj, &lw, &lw_unk, &beam)) return NULL;
    Py_ssize_t n = PyList_GET_SIZE(slots_obj);
    if (n == 0) return Py_BuildValue("([],[])");
    Slot *sl = malloc(sizeof(Slot) * n);
    double **score = calloc(n, sizeof(double *));
    Py_ssize_t **back = calloc(n, sizeof(Py_ssize_t *));
    Py_ssize_t *path = malloc(sizeof(Py_ssize_t) * n);
    Py_ssize_t *live = NULL;
    PyObject *result = NULL;
    if (!sl || !score || !back || !path) { PyErr_NoMemory(); goto done; }
    Py_ssize_t maxn = 0;
    for (Py_ssize_t i = 0; i < n; i++) {
        if (get_slot(PyList_GET_ITEM(slots_obj, i), &sl[i]) < 0) goto done;
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
                row[k] = bestp + fl(s->loc, k) + fl(s->ts, k);
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
                double lo = fl(s->loc, k);
                if (x != Py_None) { row[k] = bb + PyFloat_AsDouble(x) + lo; brow[k] = bbj; }
                else { row[k] = top + lw_unk + lo; brow[k] = topj; }
            }
            for (Py_ssize_t a = 0; a < nl; a++) {
                Py_ssize_t j = live[a];
                PyObject *seen = PyList_GET_ITEM(p->seens, j);
                if (!PyDict_Check(seen) || PyDict_GET_SIZE(seen) == 0) continue;
                double ps = prow[j];
                for (Py_ssize_t k = 0; k < s->n; k++) {
                    double t;
                    int got = lookup(seen, PyList_GET_ITEM(s->firsts, k), &t);
                    if (got < 0) goto done;
                    if (!got) continue;
                    double sc = ps + lw * t;
                    double v = sc + fl(s->loc, k);
                    if (v > row[k]) { row[k] = v; brow[k] = j; }
                }
            }
            if (s->soft != Py_None) { /* or a new sentence: from the best previous score, through "<s>" */
                for (Py_ssize_t k = 0; k < s->n; k++) {
                    double v = top + fl(s->loc, k) + fl(s->soft, k);
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
            if (i + 1 < n && sl[i + 1].ts == Py_None) {
                f = PyList_GET_ITEM(sl[i + 1].firsts, path[i + 1]);
                lp = fl(sl[i + 1].lpf, path[i + 1]);
            }
            Py_ssize_t pk = path[i];
            double best = 0.0, other = -INFINITY;
            for (Py_ssize_t k = 0; k < s->n; k++) {
                double v = score[i][k];
                if (f != Py_None) {
                    double t;
                    int got = lookup(PyList_GET_ITEM(s->seens, k), f, &t);
                    if (got < 0) { Py_DECREF(py_path); Py_DECREF(py_marg); goto done; }
                    if (!got) t = fl(s->bos, k) + lp;
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
    if (score) for (Py_ssize_t i = 0; i < n; i++) free(score[i]);
    if (back) for (Py_ssize_t i = 0; i < n; i++) free(back[i]);
    free(score); free(back); free(path); free(sl); free(live);
    return result;
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
    Py_buffer codes = {0}, lens = {0}, dels = {0};
    Py_buffer *cols = NULL;
    double *prev = NULL, *cur = NULL, *ins = NULL;
    PyObject *out = NULL;
    Py_ssize_t m = PyList_GET_SIZE(ins_o), ncols = 0;
    if (PyList_GET_SIZE(cols_o) != m || PyList_GET_SIZE(first_o) != m + 1) {
        PyErr_SetString(PyExc_ValueError, "cols, first and ins must fit the OCR string");
        return NULL;
    }
    if (PyObject_GetBuffer(codes_o, &codes, PyBUF_C_CONTIGUOUS | PyBUF_FORMAT) < 0) goto done;
    if (PyObject_GetBuffer(lens_o, &lens, PyBUF_C_CONTIGUOUS | PyBUF_FORMAT) < 0) goto done;
    if (PyObject_GetBuffer(dels_o, &dels, PyBUF_C_CONTIGUOUS | PyBUF_FORMAT) < 0) goto done;
    if (codes.ndim != 2 || codes.itemsize != sizeof(Py_ssize_t) || lens.itemsize != sizeof(Py_ssize_t) ||
        dels.itemsize != sizeof(double)) {
        PyErr_SetString(PyExc_TypeError, "codes/lens must be intp arrays, dels float64");
        goto done;
    }
    Py_ssize_t nwords = codes.shape[0], width = codes.shape[1], nalpha = dels.shape[0];
    if (lens.ndim != 1 || lens.shape[0] != nwords || dels.ndim != 1) {
        PyErr_SetString(PyExc_ValueError, "lens must have one length per coded word");
        goto done;
    }
    cols = calloc(m ? m : 1, sizeof(Py_buffer));
    prev = malloc(sizeof(double) * (m + 1));
    cur = malloc(sizeof(double) * (m + 1));
    ins = malloc(sizeof(double) * (m ? m : 1));
    if (!cols || !prev || !cur || !ins) { PyErr_NoMemory(); goto done; }
    for (Py_ssize_t j = 0; j < m; j++) {
        if (PyObject_GetBuffer(PyList_GET_ITEM(cols_o, j), &cols[j], PyBUF_C_CONTIGUOUS | PyBUF_FORMAT) < 0) goto done;
        ncols++;
        if (cols[j].itemsize != sizeof(double) || cols[j].shape[0] != nalpha) {
            PyErr_SetString(PyExc_TypeError, "cols must be float64 arrays over the alphabet");
            goto done;
        }
        ins[j] = PyFloat_AsDouble(PyList_GET_ITEM(ins_o, j));
    }
    const Py_ssize_t *cd = (const Py_ssize_t *)codes.buf, *ln = (const Py_ssize_t *)lens.buf;
    const double *dl = (const double *)dels.buf;
    Py_ssize_t n = PyList_GET_SIZE(ids_o);
    out = PyList_New(n);
    if (!out) goto done;
    for (Py_ssize_t w = 0; w < n; w++) {
        Py_ssize_t id = PyLong_AsSsize_t(PyList_GET_ITEM(ids_o, w));
        if (id < 0 || id >= nwords) {
            if (!PyErr_Occurred()) PyErr_SetString(PyExc_IndexError, "word id out of range");
            Py_CLEAR(out);
            goto done;
        }
        for (Py_ssize_t j = 0; j <= m; j++) prev[j] = PyFloat_AsDouble(PyList_GET_ITEM(first_o, j));
        Py_ssize_t L = ln[id] < width ? ln[id] : width;
        for (Py_ssize_t i = 0; i < L; i++) {
            Py_ssize_t c = cd[id * width + i];
            if (c < 0 || c >= nalpha) {
                PyErr_SetString(PyExc_IndexError, "letter code out of the alphabet");
                Py_CLEAR(out);
                goto done;
            }
            double d = dl[c];
            cur[0] = prev[0] + d;
            for (Py_ssize_t j = 0; j < m; j++) {
                double a = prev[j] + ((const double *)cols[j].buf)[c];
                double b = prev[j + 1] + d;
                if (b < a) a = b;
                double cc = cur[j] + ins[j];
                cur[j + 1] = cc < a ? cc : a;
            }
            double *t = prev; prev = cur; cur = t;
        }
        PyList_SET_ITEM(out, w, PyFloat_FromDouble(prev[m]));
    }
    if (PyErr_Occurred()) Py_CLEAR(out);
done:
    for (Py_ssize_t j = 0; j < ncols; j++) PyBuffer_Release(&cols[j]);
    if (codes.obj) PyBuffer_Release(&codes);
    if (lens.obj) PyBuffer_Release(&lens);
    if (dels.obj) PyBuffer_Release(&dels);
    free(cols); free(prev); free(cur); free(ins);
    return out;
}

static PyMethodDef methods[] = {
    {"viterbi_core", viterbi_core, METH_VARARGS, "Forward pass, back-trace and margins of decode.viterbi."},
    {"wed_costs", wed_costs, METH_VARARGS, "Weighted edit distances of lexicon words to one OCR string."},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {PyModuleDef_HEAD_INIT, "_viterbi", "C inner loops of the decoder.", -1, methods};

PyMODINIT_FUNC PyInit__viterbi(void) { return PyModule_Create(&module); }
