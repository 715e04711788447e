"""Without set_np, npx operators given a 0-d mx.np array fail shape inference listing the attributes the call gave (activations, softmax family, erf/gamma, batch_flatten, cast, one_hot, dropout, shape_array, smooth_l1, reshape)."""
import mxnet as mx

np = mx.np
npx = mx.npx
z = np.array(2.567)
v = np.array([0.5, 1.5])
calls = [
    ('relu', lambda: npx.relu(z)), ('sigmoid', lambda: npx.sigmoid(z)), ('softmax', lambda: npx.softmax(z)),
    ('softmax_ax0', lambda: npx.softmax(z, axis=0, temperature=2.0)), ('log_softmax', lambda: npx.log_softmax(z)),
    ('activation', lambda: npx.activation(z, act_type='tanh')), ('leaky', lambda: npx.leaky_relu(z, slope=0.2)),
    ('erf', lambda: npx.erf(z)), ('erfinv', lambda: npx.erfinv(z)), ('gamma', lambda: npx.gamma(z)),
    ('gammaln', lambda: npx.gammaln(z)), ('batch_flatten', lambda: npx.batch_flatten(z)),
    ('cast', lambda: npx.cast(z, dtype='float64')), ('one_hot', lambda: npx.one_hot(z, 3)),
    ('dropout', lambda: npx.dropout(z, p=0.5)), ('shape_array', lambda: npx.shape_array(z)),
    ('smooth_l1', lambda: npx.smooth_l1(z, 1.0)), ('relu_vec', lambda: npx.relu(v)), ('erf_vec', lambda: npx.erf(v)),
    ('reshape', lambda: npx.reshape(z, (1,))), ('reshape_rev', lambda: npx.reshape(z, (-1, 1), reverse=True)),
    ('reshape_int', lambda: npx.reshape(z, -1)), ('reshape_vec', lambda: npx.reshape(np.ones((2, 3)), (-4, 1, 2, -2))),
]
for name, f in calls:
    try:
        print(name, f())
    except Exception as e:      # (the text from the operator's name on: the call site's lines differ)
        text = str(e)
        print(name, type(e).__name__, repr(text[text.find('Operator'):] if 'Operator' in text else text[-120:]))
