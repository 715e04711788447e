"""BatchNorm on a (de)convolution's output and on sums and concats of such outputs, as MXNet runs them on an AVX2
CPU (oneDNN's layouts in blocks of 8 channels): the cases of r7bn_conv_layouts.py and r7bn_layout_ops.py."""
# recorded on AVX2
import runpy

for name in ("r7bn_conv_layouts.py", "r7bn_layout_ops.py"):
    runpy.run_path(name)
