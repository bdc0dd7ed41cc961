#include "textflag.h"

// func dot4asm(a, b, c, d, e *float32, out *[4]float32)
//
// Four dot products of 100 float32 components (wordvec.Dims), with the
// bits of dot32: SSE lane k of each sum holds the products of the
// components k mod 4 added in order (MULPS then ADDPS, never fused), and
// the four lanes are added as (s0+s1)+(s2+s3).
TEXT ·dot4asm(SB), NOSPLIT, $0-48
	MOVQ a+0(FP), AX
	MOVQ b+8(FP), BX
	MOVQ c+16(FP), CX
	MOVQ d+24(FP), DX
	MOVQ e+32(FP), SI
	MOVQ out+40(FP), DI
	XORPS X0, X0
	XORPS X1, X1
	XORPS X2, X2
	XORPS X3, X3
	XORQ R8, R8

loop:
	MOVUPS (AX)(R8*1), X4
	MOVUPS (BX)(R8*1), X5
	MULPS  X4, X5
	ADDPS  X5, X0
	MOVUPS (CX)(R8*1), X6
	MULPS  X4, X6
	ADDPS  X6, X1
	MOVUPS (DX)(R8*1), X7
	MULPS  X4, X7
	ADDPS  X7, X2
	MOVUPS (SI)(R8*1), X8
	MULPS  X4, X8
	ADDPS  X8, X3
	ADDQ   $16, R8
	CMPQ   R8, $400
	JLT    loop

	// (s0+s1)+(s2+s3) of each: swap neighbouring lanes, add, then add
	// lane 2 to lane 0.
	MOVAPS  X0, X9
	SHUFPS  $0xB1, X9, X9
	ADDPS   X9, X0
	MOVHLPS X0, X9
	ADDSS   X9, X0
	MOVSS   X0, 0(DI)

	MOVAPS  X1, X9
	SHUFPS  $0xB1, X9, X9
	ADDPS   X9, X1
	MOVHLPS X1, X9
	ADDSS   X9, X1
	MOVSS   X1, 4(DI)

	MOVAPS  X2, X9
	SHUFPS  $0xB1, X9, X9
	ADDPS   X9, X2
	MOVHLPS X2, X9
	ADDSS   X9, X2
	MOVSS   X2, 8(DI)

	MOVAPS  X3, X9
	SHUFPS  $0xB1, X9, X9
	ADDPS   X9, X3
	MOVHLPS X3, X9
	ADDSS   X9, X3
	MOVSS   X3, 12(DI)
	RET

// func addScaledAsm(sum *float64, r float64, x *float32)
//
// sum[k] += r * float64(x[k]) for the 100 components, two a step: the
// float32 pair widened exactly (CVTPS2PD), multiplied (MULPD) and added
// (ADDPD), each rounded as MULSD and ADDSD round it.
TEXT ·addScaledAsm(SB), NOSPLIT, $0-24
	MOVQ     sum+0(FP), DI
	MOVSD    r+8(FP), X0
	UNPCKLPD X0, X0
	MOVQ     x+16(FP), SI
	XORQ     AX, AX

scaled:
	CVTPS2PD (SI)(AX*1), X1
	MULPD    X0, X1
	MOVUPD   (DI)(AX*2), X2
	ADDPD    X1, X2
	MOVUPD   X2, (DI)(AX*2)
	ADDQ     $8, AX
	CMPQ     AX, $400
	JLT      scaled
	RET
