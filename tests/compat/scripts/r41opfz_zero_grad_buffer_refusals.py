"""Backward refusals of a gradient buffer of another shape or dtype for zero-gradient ops (samplers, random *_like, arange_like, image ops), and samplers refusing 0-d parameter arrays."""
import re

import mxnet as mx
import numpy as np


def words(e, n):
    text = re.sub(r'\[\d\d:\d\d:\d\d\] ', '', str(e))
    return repr(text[:n] if n > 0 else text[n:])


def run(name, f, arrs, mode, **kw):
    A = [mx.nd.array(a, dtype=a.dtype) for a in arrs]
    for a in A:
        if mode == 'shape':
            mx.autograd.mark_variables([a], [mx.nd.zeros(a.shape + (1,), dtype=a.dtype)])
        else:
            a.attach_grad(stype='default')
    with mx.autograd.record():
        y = f(*A, **kw)
    try:
        y.backward(mx.nd.ones(y.shape, dtype=y.dtype))
        print(name, mode, [a.grad.asnumpy().ravel()[:3] for a in A])
    except Exception as e:
        print(name, mode, type(e).__name__, words(e, 400))
for mode in ['shape', 'type']:
    for dt in ['float64', 'float16']:
        p = np.ones((2,), dt)
        run('normal ' + dt, mx.nd.random.normal, [p, p], mode, shape=2)
        run('sample_gamma ' + dt, mx.nd._internal._sample_gamma, [p, p], mode)
        run('sample_uniform ' + dt, mx.nd._internal._sample_uniform, [p, p], mode)
        run('sample_exponential ' + dt, mx.nd._internal._sample_exponential, [p], mode)
        run('sample_poisson ' + dt, mx.nd._internal._sample_poisson, [p], mode)
        run('sample_negative_binomial ' + dt, mx.nd._internal._sample_negative_binomial, [p, p * .5], mode)
        run('sample_gnb ' + dt, mx.nd._internal._sample_generalized_negative_binomial, [p, p], mode)
        for k in ['normal', 'uniform', 'gamma', 'exponential', 'poisson', 'negative_binomial', 'generalized_negative_binomial']:
            run(k + '_like ' + dt, getattr(mx.nd.random, k + '_like'), [p], mode)
        run('arange_like ' + dt, mx.nd.contrib.arange_like, [p], mode)
        for k in ['random_brightness', 'random_contrast', 'random_saturation', 'random_hue']:
            run(k + ' ' + dt, getattr(mx.nd.image, k), [np.ones((2, 2, 3), dt)], mode, min_factor=0.5, max_factor=1.5)
        run('random_color_jitter ' + dt, mx.nd.image.random_color_jitter, [np.ones((2, 2, 3), dt)], mode, brightness=0.1, contrast=0.1, saturation=0.1, hue=0.1)
        run('random_lighting ' + dt, mx.nd.image.random_lighting, [np.ones((2, 2, 3), dt)], mode, alpha_std=0.1)
        run('adjust_lighting ' + dt, mx.nd.image.adjust_lighting, [np.ones((2, 2, 3), dt)], mode, alpha=(0.1, 0.2, 0.3))
        run('image.flip_top_bottom ' + dt, mx.nd.image.flip_top_bottom, [np.ones((2, 2, 3), dt)], mode)
        run('random_flip_left_right ' + dt, mx.nd.image.random_flip_left_right, [np.ones((2, 2, 3), dt)], mode)
        run('multinomial ' + dt, mx.nd.random.multinomial, [np.array([[.5, .5]], dt)], mode)
        run('index_array ' + dt, mx.nd.contrib.index_array, [p], mode)
        run('div_sqrt_dim ' + dt, mx.nd.contrib.div_sqrt_dim, [p], mode)

z = mx.nd.array(np.array(1.5))
for name, args, kw in [('normal', (z, z), {}), ('normal', (z, z), {'shape': 2}), ('poisson', (z,), {}),
                       ('poisson', (z,), {'dtype': 'float16'}), ('uniform', (z, z), {'shape': (0,)}), ('gamma', (z, z), {}),
                       ('negative_binomial', (z, z), {}), ('generalized_negative_binomial', (z, z), {'shape': 2}),
                       ('normal', (mx.nd.array(np.ones((2,))), mx.nd.array(np.ones((2,)))), {'shape': (0,)})]:
    try:
        print(name, kw, getattr(mx.nd.random, name)(*args, **kw).shape)
    except Exception as e:
        print(name, kw, type(e).__name__, words(e, -200))
for name, nargs in [('_sample_exponential', 1), ('_sample_poisson', 1), ('_sample_uniform', 2), ('_sample_gamma', 2)]:
    for kw in [{}, {'shape': (2, 0)}, {'shape': 3}]:
        try:
            print(name, kw, getattr(mx.nd._internal, name)(*[z] * nargs, **kw).shape)
        except Exception as e:
            print(name, kw, type(e).__name__, words(e, -200))
