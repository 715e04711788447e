"""Without set_np, copying or reshaping a 0-d mx.np array fails shape inference as MXNet's does: copy/copyto/as_in_context/astype (_copyto), np.copy, ravel, flatten and reshape (with the target shape inferred)."""
import mxnet as mx

np = mx.np
z = np.array(2.567)
calls = [
    ('copy', lambda: z.copy()), ('copyto_ctx', lambda: z.copyto(mx.cpu())), ('copyto_arr', lambda: z.copyto(np.array(1.))),
    ('copyto_vec', lambda: z.copyto(np.zeros(1))), ('as_in_ctx', lambda: z.as_in_context(mx.cpu(1))),
    ('as_in_ctx_same', lambda: z.as_in_context(mx.cpu())), ('astype', lambda: z.astype('float64')),
    ('astype_same', lambda: z.astype('float32')), ('astype_nocopy', lambda: z.astype('float32', copy=False)),
    ('np.array', lambda: np.array(z)), ('np.copy', lambda: np.copy(z)),
    ('ravel', lambda: np.ravel(z)), ('m.ravel', lambda: z.ravel()), ('flatten', lambda: z.flatten()),
    ('reshape', lambda: z.reshape(1)), ('reshape_tuple', lambda: z.reshape((1, 1))), ('reshape_neg', lambda: z.reshape(-1)),
    ('np.reshape', lambda: np.reshape(z, (1, -1))), ('vec_copy', lambda: np.array([1.5]).copy()),
]
for name, f in calls:
    try:
        print(name, f())
    except Exception as e:      # (the text from the operator's name on: the call site's lines differ)
        text = str(e)
        print(name, type(e).__name__, repr(text[text.find('Operator'):] if 'Operator' in text else text[-120:]))
