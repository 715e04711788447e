"""An executor bound without gradients runs MXNet's fused Convolution (+ BatchNorm) + sum nodes as MXNet does on an
AVX2 CPU: the im2col sgemm of a convolution whose filters are no multiple of 8 starts from the addend (beta 1),
the bias added after. The cases of r8exe_fused_inference.py."""
# recorded on AVX2
import runpy

runpy.run_path("r8exe_fused_inference.py")
