"""A CudaModule refused without CUDA (bad source, bad options, or a good kernel) reports again when it is collected: its __del__ frees the handle it set first, a call that fails too (the message Python prints as "Exception ignored in")."""
import gc
import sys

import mxnet as mx

sys.unraisablehook = lambda u: print('  unraisable in', u.object.__qualname__, type(u.exc_value).__name__,
                                     str(u.exc_value).replace('\n', ' | '))
kernel = 'extern "C" __global__ void axpy(const float *x, float *y, float alpha) { y[0] += alpha * x[0]; }'
cases = [('a kernel', (kernel,)), ('options and exports', (kernel, ['-O3'], ['axpy'])), ('one option', (kernel, '-O3')),
         ('source not text', (5,)), ('options not text', (kernel, [1]))]
for label, args in cases:
    print(label)
    try:
        module = mx.rtc.CudaModule(*args)
    except Exception as e:
        print('  refused:', type(e).__name__, str(e).split('\n')[-1])
    gc.collect()
print('done')
