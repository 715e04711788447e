"""Without set_np, mx.np reductions (functions and ndarray methods) on a 0-d array fail shape inference listing the attributes the call gave, with two outputs for std/var/average."""
import mxnet as mx

np = mx.np
z = np.array(2.567)
calls = {
    'sum': lambda: np.sum(z), 'sum_k': lambda: np.sum(z, keepdims=True), 'sum_ax': lambda: np.sum(z, axis=0),
    'sum_dt': lambda: np.sum(z, dtype='float64'), 'prod_all': lambda: np.prod(z, axis=0, dtype='float32', keepdims=True),
    'mean': lambda: np.mean(z), 'mean_dt': lambda: np.mean(z, axis=0, dtype='float64', keepdims=True),
    'std': lambda: np.std(z), 'var_ax': lambda: np.var(z, axis=0, ddof=2, keepdims=True),
    'argmax': lambda: np.argmax(z), 'argmin_ax': lambda: np.argmin(z, axis=0),
    'max': lambda: np.max(z), 'amax_ax': lambda: np.amax(z, axis=0, keepdims=True), 'min_k': lambda: np.amin(z, keepdims=True),
    'average': lambda: np.average(z), 'average_ret': lambda: np.average(z, axis=0, returned=True),
    'average_w': lambda: np.average(z, weights=np.array(1.)),
    'all': lambda: np.all(z), 'any_ax': lambda: np.any(z, axis=0),
    'm.sum': lambda: z.sum(), 'm.sum_k': lambda: z.sum(keepdims=True), 'm.prod_dt': lambda: z.prod(dtype='float64'),
    'm.mean': lambda: z.mean(axis=0), 'm.std': lambda: z.std(ddof=1), 'm.var': lambda: z.var(),
    'm.argmax': lambda: z.argmax(), 'm.argmin': lambda: z.argmin(0), 'm.max': lambda: z.max(), 'm.min': lambda: z.min(axis=0),
    'm.all': lambda: z.all(), 'm.any': lambda: z.any(keepdims=True),
}
for name, f in calls.items():
    try:
        print(name, f())
    except Exception as e:      # (the text from the operator's name on: the call site's lines differ)
        text = str(e)
        print(name, type(e).__name__, repr(text[text.find('Operator'):] if 'Operator' in text else text[-120:]))
