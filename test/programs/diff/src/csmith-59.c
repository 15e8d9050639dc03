/*
 * This is a RANDOMLY GENERATED PROGRAM.
 *
 * Generator: csmith 2.3.0
 * Git version: 30dccd7
 * Options:   --float --seed 59 --no-argc -o cs59.c
 * Seed:      59
 */

#include <float.h>
#include <math.h>
#include "csmith.h"


static long __undefined;

/* --- Struct/Union Declarations --- */
/* --- GLOBAL VARIABLES --- */
static int64_t g_2[7] = {0x4A9BDBA76AABECBALL,0x4A9BDBA76AABECBALL,0x4A9BDBA76AABECBALL,0x4A9BDBA76AABECBALL,0x4A9BDBA76AABECBALL,0x4A9BDBA76AABECBALL,0x4A9BDBA76AABECBALL};
static uint16_t g_19[7] = {0xEC4FL,0xEC4FL,0xEC4FL,0xEC4FL,0xEC4FL,0xEC4FL,0xEC4FL};
static int32_t g_25 = 4L;
static volatile uint64_t g_36 = 0x0855BBB785AA1EDELL;/* VOLATILE GLOBAL g_36 */
static volatile uint64_t g_39[5][9] = {{0x5C241E971521F00BLL,0x5C241E971521F00BLL,0x5C241E971521F00BLL,0x5C241E971521F00BLL,0x5C241E971521F00BLL,0x5C241E971521F00BLL,0x5C241E971521F00BLL,0x5C241E971521F00BLL,0x5C241E971521F00BLL},{0x3FD0416CBB4D05C4LL,0x3FD0416CBB4D05C4LL,0x3FD0416CBB4D05C4LL,0x3FD0416CBB4D05C4LL,0x3FD0416CBB4D05C4LL,0x3FD0416CBB4D05C4LL,0x3FD0416CBB4D05C4LL,0x3FD0416CBB4D05C4LL,0x3FD0416CBB4D05C4LL},{0x5C241E971521F00BLL,0x5C241E971521F00BLL,0x5C241E971521F00BLL,0x5C241E971521F00BLL,0x5C241E971521F00BLL,0x5C241E971521F00BLL,0x5C241E971521F00BLL,0x5C241E971521F00BLL,0x5C241E971521F00BLL},{0x3FD0416CBB4D05C4LL,0x3FD0416CBB4D05C4LL,0x3FD0416CBB4D05C4LL,0x3FD0416CBB4D05C4LL,0x3FD0416CBB4D05C4LL,0x3FD0416CBB4D05C4LL,0x3FD0416CBB4D05C4LL,0x3FD0416CBB4D05C4LL,0x3FD0416CBB4D05C4LL},{0x5C241E971521F00BLL,0x5C241E971521F00BLL,0x5C241E971521F00BLL,0x5C241E971521F00BLL,0x5C241E971521F00BLL,0x5C241E971521F00BLL,0x5C241E971521F00BLL,0x5C241E971521F00BLL,0x5C241E971521F00BLL}};
static uint16_t *g_65 = &g_19[1];
static uint32_t g_105[9] = {0x87E86750L,0x87E86750L,0x87E86750L,0x87E86750L,0x87E86750L,0x87E86750L,0x87E86750L,0x87E86750L,0x87E86750L};
static int16_t g_109 = (-1L);
static int8_t g_119[4] = {(-2L),(-2L),(-2L),(-2L)};
static uint16_t g_124 = 65526UL;
static int32_t g_125 = (-8L);
static uint8_t g_127 = 0xCCL;
static int8_t g_133[9][5] = {{0x58L,0xD4L,(-1L),0x32L,0xCEL},{0L,0x9DL,0x9DL,0L,0x58L},{0L,0x78L,5L,(-6L),0x78L},{0x58L,0x7FL,0L,(-1L),4L},{0x7FL,0x58L,0x9DL,(-6L),(-1L)},{0x78L,0L,0x72L,0L,0x78L},{0x9DL,0L,0x58L,0x32L,0xD4L},{0xD4L,0x58L,(-1L),0x78L,0x70L},{0L,0x7FL,7L,0L,0xD4L}};
static uint32_t g_143 = 0x87FAFF4BL;
static float g_153 = (-0x1.8p-1);
static int8_t *g_157[7][1][3] = {{{&g_133[3][0],&g_133[3][0],&g_133[3][0]}},{{&g_119[1],&g_119[1],&g_119[1]}},{{&g_133[3][0],&g_133[3][0],&g_133[3][0]}},{{&g_119[1],&g_119[1],&g_119[1]}},{{&g_133[3][0],&g_133[3][0],&g_133[3][0]}},{{&g_119[1],&g_119[1],&g_119[1]}},{{&g_133[3][0],&g_133[3][0],&g_133[3][0]}}};
static int8_t * volatile * const g_156 = &g_157[0][0][0];
static uint64_t g_172 = 0x783734BBECA4C4A0LL;
static volatile uint64_t g_193 = 18446744073709551611UL;/* VOLATILE GLOBAL g_193 */
static volatile uint64_t *g_192 = &g_193;
static uint64_t g_206 = 1UL;
static int8_t g_212[8][10][3] = {{{0xD8L,0x91L,0x5EL},{0x58L,0x7EL,(-3L)},{0x08L,0xBAL,0xD8L},{0x49L,0x20L,6L},{0x08L,0x3AL,1L},{0x58L,(-1L),0x58L},{0xD8L,0xCDL,0xD4L},{0x58L,0xF6L,0x9CL},{0x08L,0x00L,(-8L)},{0x49L,0xF6L,(-7L)}},{{0x08L,0xC2L,0x5DL},{0x58L,9L,0x49L},{0xD8L,0xA8L,(-5L)},{0x58L,0x0BL,0L},{0x08L,1L,0x08L},{0x49L,0x96L,1L},{0x08L,(-9L),0xBCL},{0x58L,0x59L,0x00L},{0xD8L,0x91L,0x5EL},{0x58L,0x7EL,(-3L)}},{{0x08L,0xBAL,0xD8L},{0x49L,0x20L,6L},{0x08L,0x3AL,1L},{0x58L,(-1L),0x58L},{0xD8L,0xCDL,0xD4L},{0x58L,0xF6L,0x9CL},{0x08L,0x00L,(-8L)},{0x49L,0xF6L,(-7L)},{0x08L,0xC2L,0x5DL},{0x58L,9L,0x49L}},{{0xD8L,0xA8L,(-5L)},{0x58L,0x0BL,0L},{0x08L,1L,0x08L},{2L,0x58L,0xDAL},{3L,1L,1L},{2L,6L,(-3L)},{(-1L),0xD8L,5L},{2L,(-3L),0xC4L},{3L,0x5EL,(-1L)},{2L,0x00L,0xAFL}},{{3L,0xBCL,0x1CL},{2L,1L,2L},{(-1L),0x08L,0x18L},{2L,0L,(-1L)},{3L,(-5L),0xD8L},{2L,0x49L,0x40L},{3L,0x5DL,0xE7L},{2L,(-7L),2L},{(-1L),(-8L),0xDCL},{2L,0x9CL,0xD4L}},{{3L,0xD4L,3L},{2L,0x58L,0xDAL},{3L,1L,1L},{2L,6L,(-3L)},{(-1L),0xD8L,5L},{2L,(-3L),0xC4L},{3L,0x5EL,(-1L)},{2L,0x00L,0xAFL},{3L,0xBCL,0x1CL},{2L,1L,2L}},{{(-1L),0x08L,0x18L},{2L,0L,(-1L)},{3L,(-5L),0xD8L},{2L,0x49L,0x40L},{3L,0x5DL,0xE7L},{2L,(-7L),2L},{(-1L),(-8L),0xDCL},{2L,0x9CL,0xD4L},{3L,0xD4L,3L},{2L,0x58L,0xDAL}},{{3L,1L,1L},{2L,6L,(-3L)},{(-1L),0xD8L,5L},{2L,(-3L),0xC4L},{3L,0x5EL,(-1L)},{2L,0x00L,0xAFL},{3L,0xBCL,0x1CL},{2L,1L,2L},{(-1L),0x08L,0x18L},{2L,0L,(-1L)}}};
static int64_t g_213[8][2] = {{0x0074567ED74FDE4BLL,(-6L)},{0xB48DE1DC042F2811LL,(-6L)},{0x0074567ED74FDE4BLL,0xB48DE1DC042F2811LL},{0xA49182D69DC89B84LL,0xA49182D69DC89B84LL},{0xA49182D69DC89B84LL,0xB48DE1DC042F2811LL},{0x0074567ED74FDE4BLL,(-6L)},{0xB48DE1DC042F2811LL,(-6L)},{0x0074567ED74FDE4BLL,0xB48DE1DC042F2811LL}};
static int64_t g_214 = 0xECD97897607B9B31LL;
static int32_t g_216 = 0x3D1DAC5BL;
static uint32_t g_220 = 0x483840BFL;
static float g_241 = 0xC.2CE5BBp+43;
static float g_258 = 0x8.Bp-1;
static int32_t g_321 = 0xF83C38EEL;
static volatile uint64_t **g_328 = &g_192;
static int32_t *g_329 = &g_321;
static float *g_337 = &g_153;
static float *g_341 = &g_258;
static uint16_t g_350[5] = {0UL,0UL,0UL,0UL,0UL};
static uint64_t g_381 = 0x760286035EBB404BLL;
static int32_t **g_430 = &g_329;
static int32_t ***g_429 = &g_430;
static const int32_t *g_432 = &g_125;
static int8_t g_458 = 0x38L;
static int32_t g_459[1][5][5] = {{{0xA4915FEBL,0xD2CF8F0DL,0xA4915FEBL,0xECE36657L,(-7L)},{0xDD15CBB3L,0x9DAA5848L,0x9DAA5848L,0xDD15CBB3L,0x9DAA5848L},{(-7L),0xD2CF8F0DL,(-3L),0xD2CF8F0DL,(-7L)},{0x9DAA5848L,0xDD15CBB3L,0x9DAA5848L,0x9DAA5848L,0xDD15CBB3L},{(-7L),0xECE36657L,0xA4915FEBL,0xD2CF8F0DL,0xA4915FEBL}}};
static uint32_t g_487[2] = {0x0C299F5CL,0x0C299F5CL};
static volatile int32_t *g_581 = (void*)0;
static int32_t g_589[5][8] = {{(-1L),(-1L),2L,(-1L),(-1L),(-1L),2L,(-1L)},{(-9L),2L,(-10L),(-9L),(-1L),(-1L),(-9L),(-10L)},{(-1L),(-1L),0L,0x40B642F4L,(-9L),0L,(-9L),0x40B642F4L},{(-10L),0x40B642F4L,(-10L),(-1L),0x40B642F4L,2L,2L,0x40B642F4L},{0x40B642F4L,2L,2L,0x40B642F4L,(-1L),(-10L),0x40B642F4L,(-10L)}};
static int32_t g_591[6] = {0x5FD6842BL,0x5FD6842BL,0x5FD6842BL,0x5FD6842BL,0x5FD6842BL,0x5FD6842BL};
static int16_t g_596 = 0x0673L;
static int16_t g_614 = (-8L);
static volatile uint8_t g_618 = 1UL;/* VOLATILE GLOBAL g_618 */
static int8_t *g_666 = &g_119[1];
static int32_t * const *g_719 = (void*)0;
static int32_t * const **g_718 = &g_719;
static uint8_t g_726[1][9][1] = {{{246UL},{246UL},{0x1AL},{246UL},{246UL},{0x1AL},{246UL},{246UL},{0x1AL}}};
static volatile uint16_t g_817 = 65529UL;/* VOLATILE GLOBAL g_817 */
static uint8_t g_902 = 0xD7L;
static uint64_t *g_952 = &g_381;
static uint64_t **g_951 = &g_952;
static uint64_t *** volatile g_950 = &g_951;/* VOLATILE GLOBAL g_950 */
static int8_t **g_982[1][5] = {{&g_157[1][0][0],&g_157[1][0][0],&g_157[1][0][0],&g_157[1][0][0],&g_157[1][0][0]}};
static int8_t ***g_981 = &g_982[0][3];
static int8_t **** volatile g_980 = &g_981;/* VOLATILE GLOBAL g_980 */
static volatile int32_t g_1032 = 0x78607BCEL;/* VOLATILE GLOBAL g_1032 */
static volatile uint32_t g_1098 = 18446744073709551615UL;/* VOLATILE GLOBAL g_1098 */
static volatile uint32_t * volatile g_1097[3] = {&g_1098,&g_1098,&g_1098};
static uint32_t *g_1133 = &g_143;
static uint32_t **g_1132 = &g_1133;
static uint32_t ** const *g_1131 = &g_1132;
static uint32_t ** const **g_1130 = &g_1131;
static const int32_t ** volatile g_1165[7][4][5] = {{{&g_432,&g_432,&g_432,&g_432,&g_432},{&g_432,&g_432,&g_432,&g_432,&g_432},{(void*)0,&g_432,&g_432,&g_432,&g_432},{&g_432,&g_432,&g_432,&g_432,&g_432}},{{&g_432,&g_432,&g_432,&g_432,&g_432},{(void*)0,&g_432,&g_432,(void*)0,&g_432},{&g_432,&g_432,&g_432,&g_432,&g_432},{&g_432,&g_432,&g_432,&g_432,&g_432}},{{&g_432,&g_432,&g_432,&g_432,&g_432},{&g_432,(void*)0,&g_432,&g_432,&g_432},{&g_432,&g_432,&g_432,&g_432,&g_432},{&g_432,&g_432,(void*)0,(void*)0,&g_432}},{{&g_432,&g_432,&g_432,&g_432,&g_432},{&g_432,&g_432,&g_432,&g_432,&g_432},{&g_432,&g_432,&g_432,&g_432,&g_432},{&g_432,&g_432,&g_432,&g_432,&g_432}},{{&g_432,&g_432,&g_432,(void*)0,&g_432},{(void*)0,&g_432,(void*)0,&g_432,&g_432},{&g_432,&g_432,&g_432,&g_432,&g_432},{&g_432,&g_432,&g_432,&g_432,&g_432}},{{&g_432,&g_432,&g_432,&g_432,&g_432},{&g_432,&g_432,&g_432,&g_432,(void*)0},{&g_432,&g_432,&g_432,&g_432,&g_432},{&g_432,(void*)0,&g_432,&g_432,&g_432}},{{&g_432,&g_432,&g_432,&g_432,&g_432},{&g_432,&g_432,&g_432,&g_432,&g_432},{&g_432,&g_432,&g_432,&g_432,&g_432},{&g_432,&g_432,(void*)0,&g_432,&g_432}}};
static volatile uint32_t g_1215[6][6] = {{0UL,0x0F4BE2B5L,0xF9FA713DL,4294967295UL,0xF9FA713DL,0x0F4BE2B5L},{0UL,0x0F4BE2B5L,0xF9FA713DL,4294967295UL,0xF9FA713DL,0x0F4BE2B5L},{0UL,0x0F4BE2B5L,0xF9FA713DL,4294967295UL,0xF9FA713DL,0x0F4BE2B5L},{0UL,0x0F4BE2B5L,0xF9FA713DL,4294967295UL,0xF9FA713DL,0x0F4BE2B5L},{0UL,0x0F4BE2B5L,0xF9FA713DL,4294967295UL,0xF9FA713DL,0x0F4BE2B5L},{0UL,0x0F4BE2B5L,0xF9FA713DL,4294967295UL,0xF9FA713DL,0x0F4BE2B5L}};
static volatile int32_t *** volatile * const  volatile * volatile g_1310 = (void*)0;/* VOLATILE GLOBAL g_1310 */
static const uint8_t **g_1311 = (void*)0;
static int32_t * volatile ** volatile **g_1441 = (void*)0;
static const uint64_t ****g_1467 = (void*)0;
static const uint64_t ***** volatile g_1466[6] = {&g_1467,&g_1467,&g_1467,&g_1467,&g_1467,&g_1467};
static int16_t g_1553 = 0x5898L;
static volatile uint64_t g_1555 = 0x30DC95E36EBB60E8LL;/* VOLATILE GLOBAL g_1555 */
static volatile int32_t g_1574 = 0x072C4FBFL;/* VOLATILE GLOBAL g_1574 */
static uint16_t g_1688[3] = {1UL,1UL,1UL};
static int64_t g_1703 = 0x041F9CC9B3E78377LL;
static uint8_t *g_1716 = &g_127;
static uint8_t **g_1715 = &g_1716;
static volatile int16_t g_1746 = (-4L);/* VOLATILE GLOBAL g_1746 */
static volatile int16_t * volatile g_1745[9] = {&g_1746,&g_1746,&g_1746,&g_1746,&g_1746,&g_1746,&g_1746,&g_1746,&g_1746};
static volatile int16_t * volatile * volatile g_1744 = &g_1745[1];/* VOLATILE GLOBAL g_1744 */
static int16_t *g_1750 = &g_596;
static int16_t **g_1749 = &g_1750;
static uint64_t ***g_1777 = &g_951;
static uint64_t ****g_1776 = &g_1777;
static volatile float g_1796 = 0xA.D05087p-58;/* VOLATILE GLOBAL g_1796 */
static volatile uint64_t * volatile * const g_1816 = &g_192;
static volatile uint64_t * volatile * const *g_1815[5] = {&g_1816,&g_1816,&g_1816,&g_1816,&g_1816};
static volatile uint64_t * volatile * const **g_1814 = &g_1815[2];
static volatile uint64_t * volatile * const *** volatile g_1813 = &g_1814;/* VOLATILE GLOBAL g_1813 */
static const int16_t g_1963 = 0x81E9L;
static volatile float **g_2018 = (void*)0;
static volatile float *** volatile g_2017 = &g_2018;/* VOLATILE GLOBAL g_2017 */
static volatile float *** volatile * volatile g_2019 = &g_2017;/* VOLATILE GLOBAL g_2019 */
static int32_t g_2029 = 0xEE333A9BL;
static int16_t *g_2096 = &g_1553;
static volatile uint32_t g_2180 = 0x688ECCDFL;/* VOLATILE GLOBAL g_2180 */
static volatile uint32_t *g_2179 = &g_2180;
static volatile uint32_t * const *g_2178 = &g_2179;
static uint32_t *** volatile g_2182 = &g_1132;/* VOLATILE GLOBAL g_2182 */
static uint32_t * volatile * volatile **g_2288 = (void*)0;
static volatile int32_t g_2352 = 0xE67165D7L;/* VOLATILE GLOBAL g_2352 */
static uint8_t g_2368 = 1UL;
static float g_2379 = 0x9.85E9CEp+27;
static float * volatile g_2378 = &g_2379;/* VOLATILE GLOBAL g_2378 */
static volatile uint32_t g_2423 = 0x3646928EL;/* VOLATILE GLOBAL g_2423 */
static int16_t *** volatile g_2425 = &g_1749;/* VOLATILE GLOBAL g_2425 */
static int16_t *** volatile *g_2424 = &g_2425;


/* --- FORWARD DECLARATIONS --- */
static uint64_t  func_1(void);
static uint8_t  func_3(uint32_t  p_4, const uint64_t  p_5, int16_t  p_6);
static const uint64_t  func_7(int8_t  p_8, float  p_9, uint32_t  p_10, uint64_t  p_11);
static int16_t  func_14(uint16_t  p_15, int8_t  p_16, int8_t  p_17);
static int16_t  func_48(int32_t  p_49);
static uint64_t  func_58(uint16_t * p_59);
static uint16_t * func_60(int32_t  p_61, uint16_t * p_62, uint16_t  p_63);
static int32_t  func_68(uint32_t  p_69, int32_t  p_70, float  p_71, int64_t  p_72, uint16_t  p_73);
static uint16_t  func_74(uint64_t  p_75, float  p_76, uint64_t  p_77);
static uint16_t * func_78(int8_t  p_79, uint16_t  p_80);


/* --- FUNCTIONS --- */
/* ------------------------------------------ */
/* 
 * reads : g_2 g_19 g_36 g_39 g_25 g_1715 g_1716 g_341 g_258 g_458 g_321 g_614 g_105 g_65 g_125 g_1776 g_1777 g_951 g_952 g_381 g_2368 g_432 g_337 g_153 g_1130 g_1131 g_1132 g_2378 g_430 g_127 g_2029 g_1749 g_1750 g_2423 g_2424 g_119 g_329 g_133 g_1574 g_2096 g_1553 g_591
 * writes: g_19 g_36 g_39 g_127 g_458 g_321 g_614 g_432 g_2029 g_125 g_258 g_1133 g_241 g_153 g_2379 g_329 g_596 g_133 g_213 g_2 g_1703 g_206 g_591
 */
static uint64_t  func_1(void)
{ /* block id: 0 */
    uint16_t *l_18[4];
    int32_t l_20[8][3][3] = {{{0xC2F1FCC1L,0x828451D7L,0L},{0x828451D7L,(-4L),0L},{(-1L),(-1L),9L}},{{0xEE507704L,0x825062D7L,0L},{0x105A83D8L,0xEE507704L,0L},{0x4433AC25L,0x5FEC46BCL,9L}},{{(-4L),0x105A83D8L,0L},{0x825062D7L,0xC2F1FCC1L,0L},{0x5FEC46BCL,0x4433AC25L,9L}},{{0xC2F1FCC1L,0x828451D7L,0L},{0x828451D7L,(-4L),0L},{(-1L),(-1L),9L}},{{0xEE507704L,0x825062D7L,0L},{0x105A83D8L,0xEE507704L,0L},{0x4433AC25L,0x5FEC46BCL,9L}},{{(-4L),0x105A83D8L,0L},{0x825062D7L,0xC2F1FCC1L,0L},{0x5FEC46BCL,0x4433AC25L,9L}},{{0xC2F1FCC1L,0x828451D7L,0L},{0x828451D7L,(-4L),0L},{(-1L),(-1L),9L}},{{0xEE507704L,0x825062D7L,0L},{0x105A83D8L,0xEE507704L,0L},{0x4433AC25L,0x5FEC46BCL,9L}}};
    int8_t l_21 = 0x7DL;
    int32_t *l_2446 = (void*)0;
    int32_t *l_2447 = &g_591[3];
    uint16_t l_2448[4][8] = {{8UL,0xEAC8L,1UL,0xFC93L,1UL,0xEAC8L,8UL,8UL},{0xEAC8L,0xFC93L,0xC776L,0xC776L,0xFC93L,0xEAC8L,0UL,0xEAC8L},{0xFC93L,0xEAC8L,0UL,0xEAC8L,0xFC93L,0xC776L,0xC776L,0xFC93L},{0xEAC8L,8UL,8UL,0xEAC8L,1UL,0xFC93L,1UL,0xEAC8L}};
    int i, j, k;
    for (i = 0; i < 4; i++)
        l_18[i] = &g_19[1];
    (*l_2447) &= (g_2[4] , (func_3((((func_7(((((safe_mul_func_int16_t_s_s(func_14((++g_19[6]), l_20[0][1][2], l_21), l_20[7][2][0])) || (0x68L || (l_20[6][2][2] <= l_20[4][2][1]))) >= (((**g_1715) = (((safe_mul_func_float_f_f(0x1.0p-1, l_20[4][2][1])) , l_20[4][2][1]) , 0x32L)) == 0UL)) , l_21), (*g_341), l_21, l_20[4][2][1]) , (*g_65)) , l_20[3][2][2]) <= l_21), (*g_952), (*g_2096)) ^ l_20[7][0][2]));
    return l_2448[0][1];
}


/* ------------------------------------------ */
/* 
 * reads : g_1715 g_1716 g_127
 * writes:
 */
static uint8_t  func_3(uint32_t  p_4, const uint64_t  p_5, int16_t  p_6)
{ /* block id: 1181 */
    return (**g_1715);
}


/* ------------------------------------------ */
/* 
 * reads : g_458 g_321 g_614 g_105 g_65 g_19 g_125 g_1776 g_1777 g_951 g_952 g_381 g_2368 g_432 g_337 g_153 g_341 g_1130 g_1131 g_1132 g_2378 g_430 g_1715 g_1716 g_127 g_2029 g_1749 g_1750 g_2423 g_2424 g_119 g_329 g_133 g_1574
 * writes: g_458 g_321 g_614 g_432 g_2029 g_125 g_258 g_1133 g_241 g_153 g_2379 g_329 g_596 g_133 g_213 g_2 g_1703 g_206
 */
static const uint64_t  func_7(int8_t  p_8, float  p_9, uint32_t  p_10, uint64_t  p_11)
{ /* block id: 957 */
    uint32_t l_1972 = 0x165AC678L;
    uint64_t **l_2012 = &g_952;
    int32_t l_2027 = 0x2D6CCE9CL;
    const uint16_t l_2105 = 0x5A43L;
    int32_t l_2116[4];
    uint16_t l_2181 = 0UL;
    int32_t *l_2219 = &g_125;
    float l_2291 = 0x0.3p+1;
    float **l_2343 = &g_341;
    float ***l_2342 = &l_2343;
    float ****l_2341 = &l_2342;
    float *****l_2340 = &l_2341;
    const int32_t **l_2346 = &g_432;
    const int32_t ***l_2345 = &l_2346;
    const int32_t ****l_2344 = &l_2345;
    float l_2392 = 0xB.72C395p-29;
    uint64_t **** const l_2409 = &g_1777;
    const int32_t *l_2445 = &g_125;
    int i;
    for (i = 0; i < 4; i++)
        l_2116[i] = 0x2D6A72BBL;
    for (g_458 = (-21); (g_458 == (-10)); g_458 = safe_add_func_uint32_t_u_u(g_458, 8))
    { /* block id: 960 */
        int16_t l_1999 = 0x571CL;
        uint64_t **l_2011 = &g_952;
        int32_t l_2024 = 9L;
        const uint32_t * const l_2046 = &l_1972;
        int32_t l_2075 = (-8L);
        int32_t l_2129 = 0x8B3EE287L;
        int32_t l_2131 = (-1L);
        int32_t l_2134 = 4L;
        int32_t l_2135[10] = {0xDAD816F9L,0xDAD816F9L,0xDAD816F9L,0xDAD816F9L,0xDAD816F9L,0xDAD816F9L,0xDAD816F9L,0xDAD816F9L,0xDAD816F9L,0xDAD816F9L};
        int8_t ** const * const l_2161 = &g_982[0][3];
        int8_t ** const * const *l_2160[5] = {&l_2161,&l_2161,&l_2161,&l_2161,&l_2161};
        uint64_t l_2162 = 0x767EE7A741179D74LL;
        uint32_t l_2273 = 0xF1257014L;
        int16_t ** const *l_2282 = &g_1749;
        uint64_t l_2290 = 0UL;
        int32_t *l_2336[10];
        float ***l_2339 = (void*)0;
        float ****l_2338 = &l_2339;
        float *****l_2337[5][4] = {{&l_2338,&l_2338,&l_2338,&l_2338},{&l_2338,&l_2338,&l_2338,&l_2338},{&l_2338,&l_2338,&l_2338,&l_2338},{&l_2338,&l_2338,&l_2338,&l_2338},{&l_2338,&l_2338,&l_2338,&l_2338}};
        const int32_t *****l_2347 = &l_2344;
        int i, j;
        for (i = 0; i < 10; i++)
            l_2336[i] = &g_321;
    }
    for (g_321 = 0; (g_321 <= 3); g_321 += 1)
    { /* block id: 1132 */
        int16_t l_2349[2];
        int32_t l_2351[6] = {0x1241E13DL,0x1241E13DL,0x1241E13DL,0x1241E13DL,0x1241E13DL,0x1241E13DL};
        uint8_t l_2353 = 0x10L;
        uint64_t **l_2429 = &g_952;
        int32_t l_2440 = 0L;
        int i;
        for (i = 0; i < 2; i++)
            l_2349[i] = (-1L);
        for (g_614 = 0; (g_614 <= 1); g_614 += 1)
        { /* block id: 1135 */
            int32_t l_2348 = 0L;
            int32_t *l_2350[5] = {(void*)0,(void*)0,(void*)0,(void*)0,(void*)0};
            uint64_t l_2394 = 18446744073709551614UL;
            uint64_t ****l_2420 = (void*)0;
            uint64_t ****l_2421 = &g_1777;
            int i;
            l_2353++;
            (**l_2345) = &l_2116[(g_614 + 1)];
            for (g_2029 = 0; (g_2029 <= 3); g_2029 += 1)
            { /* block id: 1140 */
                float l_2369[9] = {0x3.902527p+44,0x3.902527p+44,0x5.2D0F0Cp+74,0x3.902527p+44,0x3.902527p+44,0x5.2D0F0Cp+74,0x3.902527p+44,0x3.902527p+44,0x5.2D0F0Cp+74};
                int32_t l_2380 = (-1L);
                int32_t l_2382 = 0x17BE2347L;
                int32_t l_2385 = 6L;
                int32_t l_2386 = 0L;
                int32_t l_2387 = 0x0A31BF18L;
                int32_t l_2390[2];
                int i;
                for (i = 0; i < 2; i++)
                    l_2390[i] = (-1L);
                for (p_8 = 0; (p_8 <= 1); p_8 += 1)
                { /* block id: 1143 */
                    int32_t l_2381 = 0xEB5A4A2FL;
                    int32_t l_2388 = (-1L);
                    int32_t l_2391[10][2][10] = {{{0xFF14AEFDL,(-1L),2L,8L,0xFE2D9C7CL,0x335672A7L,(-4L),0xE58FF869L,(-2L),(-2L)},{1L,2L,(-3L),(-1L),(-1L),(-3L),2L,1L,(-1L),(-9L)}},{{1L,8L,(-1L),0xFA5E1BA6L,(-1L),(-9L),0xCD234E86L,0L,0x93D4B798L,(-1L)},{(-4L),0xFE2D9C7CL,(-1L),(-1L),(-1L),0L,(-8L),1L,0x248AD685L,(-2L)}},{{(-1L),0x335672A7L,(-3L),(-9L),0L,8L,0x8358FC43L,0xE58FF869L,0xBFE1BFACL,0xCD234E86L},{0xED94CEC3L,(-4L),2L,0xCD234E86L,(-8L),0x8358FC43L,0x7D3886A7L,(-1L),(-4L),(-1L)}},{{(-1L),0xE58FF869L,1L,0L,1L,0xE58FF869L,(-1L),1L,0xFF14AEFDL,(-4L)},{0xFA5E1BA6L,(-2L),(-1L),0x93D4B798L,0x248AD685L,0xBFE1BFACL,(-4L),0xFF14AEFDL,2L,1L}},{{(-4L),(-2L),(-9L),(-1L),(-2L),0xCD234E86L,(-1L),(-4L),1L,0xCF01FED1L},{1L,0xE58FF869L,0x0351A9EFL,0x6AC2539AL,0xBFE1BFACL,7L,0x7D3886A7L,0L,(-1L),0x0351A9EFL}},{{0xFE2D9C7CL,(-4L),0x154922CBL,0x857C47D4L,(-1L),0L,0x8358FC43L,0x5AC8985DL,0x5AC8985DL,0x8358FC43L},{0x93D4B798L,0x335672A7L,0x7D3886A7L,0x7D3886A7L,0x335672A7L,0x93D4B798L,(-8L),8L,0xBFE1BFACL,(-1L)}},{{1L,0xFE2D9C7CL,(-1L),(-3L),0x939F6233L,0x8358FC43L,0xCD234E86L,(-2L),0xFE2D9C7CL,2L},{1L,8L,1L,0L,(-1L),0x93D4B798L,2L,0xED94CEC3L,0xE58FF869L,(-4L)}},{{0x93D4B798L,2L,0xED94CEC3L,0xE58FF869L,(-4L),0L,(-4L),0xFA5E1BA6L,0x7D2DF11DL,(-1L)},{0xFE2D9C7CL,(-1L),0xCF01FED1L,(-1L),(-4L),0x0351A9EFL,1L,(-1L),1L,0x0351A9EFL}},{{0xCD234E86L,(-1L),0x248AD685L,(-1L),0xCD234E86L,(-1L),0x154922CBL,(-1L),1L,0x248AD685L},{(-1L),0x277D689EL,(-4L),(-9L),8L,0xCF01FED1L,0x5AC8985DL,6L,0x11075A79L,0x248AD685L}},{{(-2L),(-9L),(-1L),(-2L),0xCD234E86L,(-1L),(-4L),1L,0xCF01FED1L,0x0351A9EFL},{0x335672A7L,(-1L),0L,0x939F6233L,(-4L),0xFE2D9C7CL,(-2L),0L,(-1L),0x857C47D4L}}};
                    float ****l_2422 = &l_2342;
                    int8_t *l_2441 = &g_133[3][3];
                    int64_t *l_2442 = &g_213[1][0];
                    int64_t *l_2443 = (void*)0;
                    int64_t *l_2444 = &g_2[2];
                    int i, j, k;
                    if ((safe_mod_func_uint64_t_u_u((safe_sub_func_uint64_t_u_u(((g_105[(g_614 + 7)] > ((safe_add_func_uint16_t_u_u((((safe_div_func_uint8_t_u_u((safe_mul_func_uint8_t_u_u((safe_mod_func_int16_t_s_s(((g_105[(p_8 + 3)] , g_105[(g_321 + 3)]) > (*g_65)), p_8)), (&g_981 != ((1L < 0xF1L) , &g_981)))), 0x79L)) == g_105[(p_8 + 3)]) < (*l_2219)), l_2353)) | (*g_65))) && p_10), (****g_1776))), 0x8803EDB0BF49BC35LL)))
                    { /* block id: 1144 */
                        uint32_t l_2374 = 0x8D6E3BB3L;
                        int8_t l_2375[2][4] = {{(-1L),0x3CL,(-1L),(-1L)},{0x3CL,0x3CL,0x62L,0x3CL}};
                        int32_t l_2383 = 0x2F7FCAB4L;
                        int32_t l_2384 = 0xF862F7F5L;
                        int32_t l_2389 = 0x290D7AD2L;
                        int32_t l_2393[10][1];
                        int i, j;
                        for (i = 0; i < 10; i++)
                        {
                            for (j = 0; j < 1; j++)
                                l_2393[i][j] = 0L;
                        }
                        (*l_2219) |= g_2368;
                        (*g_2378) = (((l_2369[1] < (p_10 != (safe_sub_func_float_f_f((****l_2344), ((*g_337) = (safe_div_func_float_f_f(((p_8 , (p_8 , ((l_2374 = ((***l_2342) = (*g_337))) == l_2375[0][3]))) == (g_241 = (safe_mul_func_float_f_f((((((***g_1130) = l_2350[4]) == &l_1972) != (*g_337)) > 0xC.C45B12p-70), p_10)))), 0xE.08873Cp-79))))))) > p_11) != p_8);
                        l_2394--;
                        (*g_430) = &l_2351[4];
                    }
                    else
                    { /* block id: 1154 */
                        return l_2349[0];
                    }
                    (*l_2346) = (((((safe_mod_func_int8_t_s_s((((*l_2219) = (safe_lshift_func_uint8_t_u_s(((safe_div_func_int16_t_s_s((safe_mod_func_int64_t_s_s((safe_add_func_int64_t_s_s(((8L >= ((**g_1715) > (((((((safe_sub_func_int16_t_s_s(((void*)0 != l_2409), (((safe_div_func_uint64_t_u_u(l_2349[0], (safe_div_func_int32_t_s_s(0x64444413L, p_8)))) && (safe_lshift_func_uint16_t_u_s((*g_65), ((**g_1749) = ((safe_sub_func_uint32_t_u_u((safe_rshift_func_uint8_t_u_u((l_2420 != l_2421), 1)), 4294967295UL)) > p_10))))) , p_11))) , 0x80C86479L) , l_2422) != (void*)0) != 9UL) , 1UL) , p_8))) > p_11), g_2423)), 18446744073709551615UL)), 0x9663L)) | 65533UL), p_8))) != 0UL), p_10)) <= (*g_65)) , g_2424) == (void*)0) , (*l_2346));
                    if ((*g_432))
                        break;
                    l_2386 &= (((g_119[1] | ((l_2349[0] ^ ((~l_2349[1]) > 0UL)) | ((((l_2429 == ((((*l_2444) = ((l_2390[0] < (safe_mul_func_uint16_t_u_u((((((*l_2442) = ((safe_rshift_func_int8_t_s_u(((*l_2441) ^= ((((safe_add_func_int16_t_s_s(p_8, ((((((safe_rshift_func_uint16_t_u_u((safe_mod_func_int32_t_s_s(((*g_329) = l_2440), l_2440)), 2)) , (****l_2344)) > 18446744073709551615UL) , p_8) > l_2382) == l_2390[0]))) , &g_1715) != (void*)0) < p_10)), l_2349[1])) || p_8)) ^ p_10) & p_8) ^ l_2380), l_2349[0]))) != p_8)) == (-4L)) , (**l_2409))) && p_8) > 0UL) < p_10))) ^ p_10) < g_1574);
                }
            }
        }
        for (g_1703 = 1; (g_1703 >= 0); g_1703 -= 1)
        { /* block id: 1171 */
            (***l_2344) = l_2445;
            for (g_206 = 0; (g_206 <= 3); g_206 += 1)
            { /* block id: 1175 */
                int i, j, k;
                (*g_430) = (void*)0;
            }
        }
    }
    return (**g_951);
}


/* ------------------------------------------ */
/* 
 * reads : g_36 g_39 g_25
 * writes: g_36 g_39
 */
static int16_t  func_14(uint16_t  p_15, int8_t  p_16, int8_t  p_17)
{ /* block id: 2 */
    int32_t *l_24 = &g_25;
    int32_t l_26 = 0L;
    int32_t *l_27 = &g_25;
    int32_t *l_28 = &g_25;
    int32_t *l_29 = &g_25;
    int32_t *l_30 = &l_26;
    int32_t *l_31 = &l_26;
    int32_t *l_32 = &g_25;
    int32_t *l_33 = &g_25;
    int32_t *l_34 = &g_25;
    int32_t *l_35[2];
    uint8_t l_1686 = 0xDDL;
    int16_t *l_1748 = (void*)0;
    int16_t **l_1747 = &l_1748;
    uint64_t ***l_1760 = &g_951;
    int16_t l_1771 = 0x9F30L;
    uint64_t * const *l_1806 = &g_952;
    uint64_t * const * const *l_1805 = &l_1806;
    uint64_t * const * const **l_1804 = &l_1805;
    uint64_t * const * const ***l_1803 = &l_1804;
    const int32_t **l_1885 = (void*)0;
    const int32_t ***l_1884 = &l_1885;
    int32_t ****l_1914 = &g_429;
    int32_t *****l_1913 = &l_1914;
    int64_t l_1926[3];
    const uint32_t *l_1960 = &g_220;
    const uint32_t **l_1959 = &l_1960;
    int i;
    for (i = 0; i < 2; i++)
        l_35[i] = &l_26;
    for (i = 0; i < 3; i++)
        l_1926[i] = 0x41241594D8F17C36LL;
    g_36--;
    --g_39[4][8];
    for (p_15 = 11; (p_15 < 54); ++p_15)
    { /* block id: 7 */
        int64_t l_1682[6] = {0L,0L,0L,0L,0L,0L};
        uint16_t *l_1687 = &g_1688[1];
        int64_t *l_1702 = &g_1703;
        uint32_t l_1710 = 0x8664E5E0L;
        const uint8_t * const l_1714 = &g_726[0][2][0];
        const uint8_t * const *l_1713 = &l_1714;
        uint16_t *l_1732 = &g_19[5];
        uint64_t *l_1733 = &g_172;
        int32_t *l_1734 = &g_591[4];
        uint64_t ***l_1759 = (void*)0;
        int32_t l_1919[2][1][2] = {{{0x17B511D7L,0x17B511D7L}},{{0x17B511D7L,0x17B511D7L}}};
        const uint32_t *l_1957 = &g_220;
        const uint32_t **l_1956 = &l_1957;
        int i, j, k;
    }
    return (*l_24);
}


/* ------------------------------------------ */
/* 
 * reads : g_25 g_39 g_65 g_19 g_2 g_105 g_109 g_124 g_127 g_125 g_119 g_143 g_156 g_172 g_192 g_133 g_206 g_220 g_216 g_212 g_213 g_258 g_321 g_214 g_381 g_341 g_618 g_591 g_337 g_614 g_328 g_193 g_329 g_459 g_666 g_432 g_430 g_429 g_458 g_726 g_487 g_589 g_350 g_817 g_153 g_596 g_157 g_902 g_950 g_951 g_980 g_1097 g_1310 g_1311 g_1132 g_1133 g_1032 g_952 g_1215 g_1441 g_1130 g_1131 g_36 g_1555 g_1574 g_1553
 * writes: g_25 g_19 g_109 g_119 g_124 g_127 g_133 g_143 g_153 g_125 g_172 g_105 g_206 g_220 g_216 g_258 g_328 g_329 g_214 g_381 g_618 g_614 g_459 g_213 g_718 g_726 g_321 g_487 g_596 g_902 g_591 g_951 g_458 g_981 g_2 g_1310 g_241 g_1555
 */
static int16_t  func_48(int32_t  p_49)
{ /* block id: 8 */
    uint16_t l_64 = 0xF5CAL;
    int8_t l_1307 = 1L;
    const uint8_t *l_1314 = (void*)0;
    const uint8_t **l_1313 = &l_1314;
    int32_t l_1319 = 0L;
    int32_t l_1320 = 1L;
    int32_t l_1321[2];
    int32_t l_1381 = 1L;
    const uint64_t *l_1465 = &g_381;
    const uint64_t **l_1464[1][1];
    const uint64_t ***l_1463[9][9] = {{&l_1464[0][0],(void*)0,&l_1464[0][0],&l_1464[0][0],&l_1464[0][0],(void*)0,&l_1464[0][0],&l_1464[0][0],&l_1464[0][0]},{&l_1464[0][0],&l_1464[0][0],&l_1464[0][0],&l_1464[0][0],&l_1464[0][0],&l_1464[0][0],&l_1464[0][0],&l_1464[0][0],&l_1464[0][0]},{&l_1464[0][0],(void*)0,&l_1464[0][0],&l_1464[0][0],&l_1464[0][0],&l_1464[0][0],&l_1464[0][0],&l_1464[0][0],&l_1464[0][0]},{&l_1464[0][0],&l_1464[0][0],&l_1464[0][0],&l_1464[0][0],&l_1464[0][0],&l_1464[0][0],&l_1464[0][0],&l_1464[0][0],&l_1464[0][0]},{(void*)0,&l_1464[0][0],&l_1464[0][0],(void*)0,&l_1464[0][0],&l_1464[0][0],&l_1464[0][0],(void*)0,&l_1464[0][0]},{&l_1464[0][0],&l_1464[0][0],&l_1464[0][0],&l_1464[0][0],&l_1464[0][0],&l_1464[0][0],&l_1464[0][0],&l_1464[0][0],(void*)0},{&l_1464[0][0],&l_1464[0][0],&l_1464[0][0],(void*)0,&l_1464[0][0],&l_1464[0][0],(void*)0,&l_1464[0][0],&l_1464[0][0]},{(void*)0,&l_1464[0][0],&l_1464[0][0],&l_1464[0][0],&l_1464[0][0],&l_1464[0][0],&l_1464[0][0],&l_1464[0][0],(void*)0},{&l_1464[0][0],(void*)0,&l_1464[0][0],&l_1464[0][0],&l_1464[0][0],(void*)0,&l_1464[0][0],&l_1464[0][0],&l_1464[0][0]}};
    const uint64_t ****l_1462 = &l_1463[4][3];
    uint64_t l_1508 = 0UL;
    int32_t l_1518 = 0L;
    uint8_t l_1550 = 255UL;
    const int8_t l_1558 = 0x7FL;
    const int16_t *l_1615 = (void*)0;
    int8_t ****l_1621[4][1][7] = {{{&g_981,&g_981,&g_981,&g_981,&g_981,&g_981,&g_981}},{{&g_981,&g_981,&g_981,&g_981,&g_981,&g_981,&g_981}},{{&g_981,&g_981,&g_981,&g_981,&g_981,&g_981,&g_981}},{{&g_981,&g_981,&g_981,&g_981,&g_981,&g_981,&g_981}}};
    int32_t ** const *l_1630 = &g_430;
    int32_t ***l_1666[3];
    int32_t *l_1675 = &l_1321[1];
    int i, j, k;
    for (i = 0; i < 2; i++)
        l_1321[i] = 1L;
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 1; j++)
            l_1464[i][j] = &l_1465;
    }
    for (i = 0; i < 3; i++)
        l_1666[i] = &g_430;
    for (g_25 = (-25); (g_25 < (-26)); g_25 = safe_sub_func_int8_t_s_s(g_25, 4))
    { /* block id: 11 */
        uint64_t l_601 = 0x087EEEBDD9C76591LL;
        int32_t *l_680 = &g_459[0][1][1];
        int64_t *l_1306 = &g_2[4];
        int32_t l_1318[2][9][5];
        uint32_t l_1385 = 18446744073709551612UL;
        int8_t **l_1420 = &g_157[0][0][0];
        int32_t l_1437 = 0x975CB08AL;
        const uint64_t ****l_1470 = (void*)0;
        uint8_t l_1519 = 0UL;
        int32_t ****l_1559 = (void*)0;
        uint32_t *l_1598 = &l_1385;
        uint32_t **l_1597 = &l_1598;
        int8_t l_1670 = 0x84L;
        uint8_t l_1672 = 1UL;
        int i, j, k;
        for (i = 0; i < 2; i++)
        {
            for (j = 0; j < 9; j++)
            {
                for (k = 0; k < 5; k++)
                    l_1318[i][j][k] = 1L;
            }
        }
        (*l_680) = (safe_add_func_uint8_t_u_u(((((*l_1306) = (g_39[4][8] , (safe_mod_func_int16_t_s_s((safe_div_func_int32_t_s_s(((p_49 | func_58(func_60(l_64, g_65, (safe_mod_func_int32_t_s_s(((*l_680) = func_68(g_39[0][7], (func_74(((((0x37F2E4E98E2CF014LL != p_49) && g_19[1]) , func_78((safe_rshift_func_int16_t_s_u(0xC4FBL, 6)), p_49)) == &l_64), g_25, p_49) & 65535UL), p_49, l_601, g_212[1][2][0])), 0x1FF6D6A4L))))) ^ 250UL), 0xA4229FF6L)), p_49)))) & 1UL) == l_1307), g_589[2][3]));
        for (g_220 = 15; (g_220 < 19); g_220 = safe_add_func_int32_t_s_s(g_220, 3))
        { /* block id: 642 */
            const uint8_t ***l_1312[8][1];
            int32_t l_1316 = 0xF1138748L;
            int32_t l_1317 = 0xDE977785L;
            int32_t l_1322 = 0x1503BA85L;
            int32_t l_1323 = 0x195B6105L;
            int i, j;
            for (i = 0; i < 8; i++)
            {
                for (j = 0; j < 1; j++)
                    l_1312[i][j] = (void*)0;
            }
            g_1310 = g_1310;
            if (((l_1313 = g_1311) == g_1311))
            { /* block id: 645 */
                int32_t *l_1315[6][7][6] = {{{&g_216,&g_125,&g_591[3],&g_591[3],&g_125,&g_459[0][1][3]},{&g_125,&g_591[5],&g_125,(void*)0,&g_591[3],(void*)0},{&g_25,&g_459[0][1][1],&g_459[0][1][1],&g_321,&g_459[0][2][3],&g_591[2]},{&g_216,&g_216,&g_591[3],&g_216,&g_591[3],&g_459[0][1][1]},{&g_216,&g_591[2],(void*)0,&g_321,(void*)0,&g_459[0][0][3]},{(void*)0,&g_591[2],&g_591[3],&g_591[3],&g_591[2],&g_459[0][1][1]},{(void*)0,&g_591[3],&g_321,&g_591[3],&g_25,(void*)0}},{{&g_591[3],&g_216,(void*)0,&g_459[0][1][0],&g_591[2],(void*)0},{&g_591[5],(void*)0,(void*)0,&g_591[3],&g_459[0][4][2],&g_321},{&g_216,&g_125,(void*)0,&g_25,&g_591[3],&g_216},{&g_216,&g_591[3],&g_459[0][4][1],&g_591[3],&g_216,&g_125},{&g_459[0][1][1],&g_459[0][1][1],&g_216,&g_125,&g_459[0][1][1],&g_216},{(void*)0,&g_321,&g_216,&g_459[0][1][1],&g_321,&g_216},{&g_591[3],&g_591[3],&g_216,(void*)0,(void*)0,&g_125}},{{&g_321,&g_216,&g_459[0][4][1],&g_321,&g_459[0][1][1],&g_216},{&g_216,&g_125,(void*)0,&g_459[0][4][1],&g_216,&g_321},{(void*)0,&g_25,(void*)0,&g_459[0][3][1],&g_591[3],(void*)0},{(void*)0,(void*)0,(void*)0,&g_125,&g_25,(void*)0},{&g_459[0][4][1],&g_321,&g_321,&g_591[2],(void*)0,&g_459[0][1][1]},{&g_216,&g_459[0][1][1],&g_591[3],&g_125,&g_459[0][4][2],&g_459[0][0][3]},{&g_591[3],&g_216,(void*)0,&g_459[0][1][1],&g_591[2],&g_459[0][1][1]}},{{&g_25,(void*)0,&g_591[3],&g_591[3],&g_591[3],&g_591[2]},{(void*)0,&g_591[3],&g_216,(void*)0,&g_125,&g_321},{&g_125,&g_321,&g_216,(void*)0,&g_459[0][1][1],&g_591[3]},{&g_321,&g_321,&g_216,&g_459[0][1][4],&g_591[3],&g_459[0][1][0]},{&g_459[0][3][1],&g_216,&g_216,(void*)0,&g_591[3],&g_25},{&g_591[3],&g_216,&g_321,(void*)0,&g_216,&g_591[5]},{(void*)0,&g_25,&g_216,&g_459[0][1][1],&g_216,&g_125}},{{(void*)0,&g_591[5],&g_459[0][1][1],&g_591[1],&g_321,(void*)0},{&g_216,(void*)0,&g_25,&g_591[3],&g_321,(void*)0},{&g_25,&g_459[0][4][2],&g_591[5],&g_591[5],&g_459[0][4][2],&g_25},{(void*)0,&g_125,&g_459[0][0][3],&g_459[0][1][3],(void*)0,&g_321},{&g_321,&g_216,&g_459[0][4][2],&g_591[3],(void*)0,&g_459[0][1][1]},{&g_321,&g_216,&g_591[3],&g_459[0][1][3],(void*)0,&g_125},{(void*)0,(void*)0,&g_216,&g_591[2],&g_125,&g_321}},{{&g_459[0][4][2],(void*)0,(void*)0,&g_591[5],&g_591[3],&g_125},{&g_125,&g_591[3],&g_591[3],&g_216,&g_321,&g_591[3]},{(void*)0,&g_321,&g_321,&g_459[0][1][0],&g_591[3],&g_459[0][1][1]},{&g_125,(void*)0,(void*)0,&g_459[0][4][2],&g_216,(void*)0},{(void*)0,&g_591[3],&g_459[0][0][3],&g_216,&g_591[5],&g_25},{&g_591[3],&g_216,&g_591[3],(void*)0,(void*)0,&g_216},{&g_459[0][1][1],(void*)0,&g_321,&g_321,&g_216,&g_591[3]}}};
                uint32_t l_1324 = 1UL;
                int i, j, k;
                if (p_49)
                    break;
                ++l_1324;
                (*l_680) ^= 0x4365E6C1L;
                if (p_49)
                    break;
            }
            else
            { /* block id: 650 */
                int32_t **l_1327 = &l_680;
                uint8_t *l_1342 = (void*)0;
                uint8_t *l_1343 = &g_726[0][8][0];
                (*l_1327) = ((*g_430) = &l_1321[0]);
                (**l_1327) = (safe_div_func_int8_t_s_s((((safe_lshift_func_int16_t_s_s((**l_1327), (safe_sub_func_int32_t_s_s(((safe_sub_func_int64_t_s_s((0UL == ((*l_1343) = ((&g_1131 != &g_1131) , ((safe_mod_func_uint64_t_u_u((safe_sub_func_int8_t_s_s(p_49, 0x7FL)), (safe_div_func_int8_t_s_s((0xD519A7CEL ^ ((l_1316 , (*l_680)) <= l_1321[0])), p_49)))) || p_49)))), p_49)) , 0xA7FDD48DL), 0UL)))) || (**l_1327)) != 4294967295UL), 0xFAL));
            }
        }
        for (g_614 = 0; (g_614 != (-8)); --g_614)
        { /* block id: 659 */
            int32_t l_1353 = 0x5DBA0140L;
            int32_t l_1382 = 0xB39B83BAL;
            uint8_t *l_1404 = &g_726[0][6][0];
            uint8_t **l_1403[9] = {&l_1404,&l_1404,&l_1404,&l_1404,&l_1404,&l_1404,&l_1404,&l_1404,&l_1404};
            int32_t l_1419 = 0L;
            int64_t l_1431 = 1L;
            int32_t l_1432[4];
            const uint8_t ***l_1491 = &l_1313;
            int8_t l_1492 = 0xBAL;
            int32_t l_1510 = 0xB5939938L;
            uint32_t ***l_1538[4][6] = {{&g_1132,&g_1132,&g_1132,&g_1132,&g_1132,&g_1132},{&g_1132,&g_1132,&g_1132,&g_1132,&g_1132,&g_1132},{&g_1132,&g_1132,&g_1132,&g_1132,&g_1132,&g_1132},{&g_1132,&g_1132,&g_1132,&g_1132,&g_1132,&g_1132}};
            uint16_t l_1542 = 1UL;
            int32_t ****l_1561 = &g_429;
            uint64_t *l_1591[9][9] = {{&l_1508,&l_1508,(void*)0,&g_172,&g_172,&g_172,&l_1508,&l_601,&l_1508},{(void*)0,&g_206,&l_601,&l_1508,&l_601,&l_1508,&g_172,&l_601,&g_206},{&l_601,&g_172,(void*)0,&g_172,&g_206,&l_601,&g_172,&l_601,&g_206},{&g_172,&l_601,&l_601,&g_172,(void*)0,&l_601,&l_601,&g_206,&g_172},{&g_172,&l_1508,&l_1508,&l_1508,(void*)0,&g_381,&l_601,&g_172,&l_601},{&l_1508,&g_206,&g_172,&g_172,(void*)0,&g_206,&g_172,&g_206,&g_172},{&g_206,&g_206,&g_381,&g_381,&g_206,&g_206,&l_1508,&l_1508,&l_1508},{&l_1508,&g_172,&l_601,&l_601,&l_601,&g_381,&l_601,&g_172,&l_1508},{(void*)0,&l_601,&l_601,&l_1508,&g_172,&l_601,&l_1508,&g_206,(void*)0}};
            int32_t l_1605 = 0x31854AC2L;
            int i, j;
            for (i = 0; i < 4; i++)
                l_1432[i] = 0x4F17B49BL;
            for (g_124 = (-21); (g_124 >= 7); ++g_124)
            { /* block id: 662 */
                int16_t l_1350 = 0x4792L;
                uint32_t *l_1380[5][9][3] = {{{&g_487[0],&g_487[0],&g_487[0]},{&g_487[0],&g_487[0],&g_487[0]},{&g_487[0],&g_487[0],&g_487[0]},{&g_487[0],&g_487[0],&g_487[0]},{&g_487[0],&g_487[0],&g_487[0]},{&g_487[0],&g_487[0],&g_487[0]},{&g_487[0],&g_487[0],&g_487[0]},{&g_487[0],&g_487[0],&g_487[0]},{&g_487[0],&g_487[0],&g_487[0]}},{{&g_487[0],&g_487[0],&g_487[0]},{&g_487[0],&g_487[0],&g_487[0]},{&g_487[0],&g_487[0],&g_487[0]},{&g_487[0],&g_487[0],&g_487[0]},{&g_487[0],&g_487[0],&g_487[0]},{&g_487[0],&g_487[0],&g_487[0]},{&g_487[0],&g_487[0],&g_487[0]},{&g_487[0],&g_487[0],&g_487[0]},{&g_487[0],&g_487[0],&g_487[0]}},{{&g_487[0],&g_487[0],&g_487[0]},{&g_487[0],&g_487[0],&g_487[0]},{&g_487[0],&g_487[0],&g_487[0]},{&g_487[0],&g_487[0],&g_487[0]},{&g_487[0],&g_487[0],&g_487[0]},{&g_487[0],&g_487[0],&g_487[0]},{&g_487[0],&g_487[0],&g_487[0]},{&g_487[0],&g_487[0],&g_487[0]},{&g_487[0],&g_487[0],&g_487[0]}},{{&g_487[0],&g_487[0],&g_487[0]},{&g_487[0],&g_487[0],&g_487[0]},{&g_487[0],&g_487[0],&g_487[0]},{&g_487[0],&g_487[0],&g_487[0]},{&g_487[0],&g_487[0],&g_487[0]},{&g_487[0],&g_487[0],&g_487[0]},{&g_487[0],&g_487[0],&g_487[0]},{&g_487[0],&g_487[0],&g_487[0]},{&g_487[0],&g_487[0],&g_487[0]}},{{&g_487[0],&g_487[0],&g_487[0]},{&g_487[0],&g_487[0],&g_487[0]},{&g_487[0],&g_487[0],&g_487[0]},{&g_487[0],&g_487[0],&g_487[0]},{&g_487[0],&g_487[0],&g_487[0]},{&g_487[0],&g_487[0],&g_487[0]},{&g_487[0],&g_487[0],&g_487[0]},{&g_487[0],&g_487[0],&g_487[0]},{&g_487[0],&g_487[0],&g_487[0]}}};
                int32_t l_1384 = (-1L);
                int32_t ****l_1393 = &g_429;
                int8_t *l_1414 = (void*)0;
                int32_t l_1430 = 0xD470EA71L;
                int32_t l_1433 = 0x56A6BBBEL;
                int i, j, k;
                if (((*l_680) = (((safe_sub_func_int16_t_s_s(0x60EBL, (l_1350 && (*l_680)))) & (safe_add_func_uint8_t_u_u(((l_1353 >= (g_726[0][6][0] = ((((((((safe_lshift_func_uint8_t_u_u(((+(((*g_666) != (safe_mul_func_uint8_t_u_u((safe_mod_func_uint8_t_u_u(((l_1381 &= ((safe_sub_func_uint16_t_u_u((++(*g_65)), (safe_sub_func_uint8_t_u_u((safe_mul_func_int16_t_s_s(((g_487[1] = (l_1319 = ((safe_mul_func_uint16_t_u_u((((((~(((*l_680) , (9UL | (safe_div_func_int64_t_s_s((safe_div_func_uint8_t_u_u((safe_sub_func_int16_t_s_s((safe_rshift_func_uint16_t_u_s((l_1320 |= (((g_591[1] > ((&g_337 != &g_337) , (-1L))) < p_49) != l_1350)), 1)), 5L)), (*g_666))), l_1321[0])))) , p_49)) <= p_49) && p_49) <= (**g_1132)) ^ l_1353), 0UL)) || 0L))) , 0xB14FL), p_49)), 1L)))) ^ 0L)) >= g_618), p_49)), l_64))) & g_124)) , l_1350), 5)) , l_1307) | l_1353) <= p_49) | l_1382) | 0x0A59L) >= 0x702F1F11L) != p_49))) <= 0x8B1B4963L), g_125))) < 0L)))
                { /* block id: 670 */
                    int32_t l_1383 = 0xB8D7CC41L;
                    --l_1385;
                    (*l_680) ^= l_1383;
                }
                else
                { /* block id: 673 */
                    (*g_337) = (l_1319 , (-0x3.9p+1));
                }
                for (l_1319 = 0; (l_1319 != 12); ++l_1319)
                { /* block id: 678 */
                    int32_t l_1392 = 9L;
                    int32_t *** const l_1395[3][7][10] = {{{&g_430,(void*)0,(void*)0,&g_430,(void*)0,(void*)0,&g_430,&g_430,(void*)0,&g_430},{&g_430,&g_430,&g_430,&g_430,(void*)0,(void*)0,&g_430,&g_430,&g_430,&g_430},{&g_430,&g_430,&g_430,&g_430,&g_430,&g_430,&g_430,(void*)0,(void*)0,&g_430},{&g_430,&g_430,&g_430,&g_430,&g_430,&g_430,&g_430,&g_430,&g_430,&g_430},{&g_430,&g_430,&g_430,&g_430,&g_430,(void*)0,&g_430,&g_430,&g_430,&g_430},{&g_430,&g_430,&g_430,(void*)0,(void*)0,&g_430,&g_430,(void*)0,(void*)0,(void*)0},{&g_430,&g_430,&g_430,&g_430,&g_430,&g_430,&g_430,&g_430,&g_430,&g_430}},{{&g_430,&g_430,&g_430,(void*)0,&g_430,&g_430,&g_430,&g_430,&g_430,(void*)0},{&g_430,&g_430,&g_430,(void*)0,&g_430,&g_430,&g_430,&g_430,&g_430,&g_430},{&g_430,(void*)0,&g_430,&g_430,&g_430,(void*)0,&g_430,&g_430,&g_430,(void*)0},{(void*)0,&g_430,&g_430,(void*)0,&g_430,&g_430,&g_430,&g_430,&g_430,&g_430},{&g_430,&g_430,(void*)0,&g_430,&g_430,&g_430,&g_430,&g_430,&g_430,&g_430},{(void*)0,&g_430,&g_430,(void*)0,&g_430,&g_430,&g_430,&g_430,&g_430,&g_430},{&g_430,&g_430,&g_430,(void*)0,&g_430,&g_430,&g_430,&g_430,&g_430,&g_430}},{{&g_430,&g_430,&g_430,(void*)0,&g_430,(void*)0,&g_430,(void*)0,&g_430,&g_430},{&g_430,&g_430,&g_430,&g_430,&g_430,&g_430,&g_430,&g_430,&g_430,&g_430},{&g_430,(void*)0,&g_430,(void*)0,&g_430,&g_430,&g_430,&g_430,&g_430,&g_430},{(void*)0,&g_430,&g_430,&g_430,&g_430,&g_430,&g_430,(void*)0,&g_430,&g_430},{&g_430,&g_430,(void*)0,&g_430,&g_430,&g_430,&g_430,&g_430,&g_430,&g_430},{&g_430,(void*)0,&g_430,&g_430,&g_430,&g_430,&g_430,&g_430,&g_430,&g_430},{&g_430,&g_430,&g_430,&g_430,&g_430,&g_430,&g_430,&g_430,&g_430,&g_430}}};
                    int i, j, k;
                    (*g_430) = (void*)0;
                    for (g_125 = 16; (g_125 >= (-12)); --g_125)
                    { /* block id: 682 */
                        (**g_429) = (l_1353 , &l_1384);
                    }
                    if (l_1307)
                        break;
                    if ((&g_981 == (void*)0))
                    { /* block id: 686 */
                        int32_t *****l_1394 = &l_1393;
                        l_1392 &= 0x6AEDA6CCL;
                        (*l_1394) = l_1393;
                    }
                    else
                    { /* block id: 689 */
                        float *l_1402 = &g_241;
                        l_1381 |= 1L;
                        (*l_680) = (((((*l_1393) == l_1395[2][0][6]) <= 0x5656B992L) , (((safe_sub_func_float_f_f(((safe_div_func_uint32_t_u_u(1UL, (safe_add_func_int16_t_s_s(0x60D3L, l_1382)))) , ((*g_341) = ((((*g_341) != ((((*l_1402) = (p_49 >= ((*g_337) = ((void*)0 == &l_1318[0][2][4])))) > (*g_341)) == p_49)) == p_49) >= p_49))), 0x6.E30F6Bp+12)) , 65528UL) != g_1032)) >= (*l_680));
                        if (p_49)
                            break;
                        (*g_341) = (0xC.6FE568p-29 != (l_1403[7] == (void*)0));
                    }
                }
                if (((safe_rshift_func_int16_t_s_u(((safe_div_func_uint8_t_u_u(((safe_sub_func_uint32_t_u_u(0xD68E66ECL, 0xEBA67120L)) | ((safe_unary_minus_func_int32_t_s(p_49)) > (safe_mod_func_uint32_t_u_u((((((&l_1307 == l_1414) > 0L) == (((p_49 || (l_1419 = ((*g_666) = (safe_mod_func_uint8_t_u_u((safe_mod_func_int64_t_s_s((*l_680), (*g_952))), (*g_666)))))) != l_1319) , p_49)) , l_1420) == l_1420), p_49)))), 254UL)) != l_1353), 12)) >= g_1215[1][0]))
                { /* block id: 701 */
                    int32_t *l_1421 = &g_125;
                    int32_t *l_1422 = &g_591[2];
                    int32_t *l_1423 = (void*)0;
                    int32_t *l_1424 = &g_591[3];
                    int32_t *l_1425 = &g_321;
                    int32_t *l_1426 = &g_591[0];
                    int32_t *l_1427 = &g_459[0][1][1];
                    int32_t *l_1428 = (void*)0;
                    int32_t *l_1429[4][3] = {{&g_321,&g_321,&g_321},{&l_1318[0][7][3],&l_1318[0][7][3],&l_1318[0][7][3]},{&g_321,&g_321,&g_321},{&l_1318[0][7][3],&l_1318[0][7][3],&l_1318[0][7][3]}};
                    uint8_t l_1434 = 0xCAL;
                    int i, j;
                    l_1434++;
                }
                else
                { /* block id: 703 */
                    return p_49;
                }
            }
            if ((6UL || (l_1432[0] = ((*l_680) ^= (l_1353 >= l_1437)))))
            { /* block id: 709 */
                uint32_t l_1449 = 0x8E4C6EA6L;
                int32_t l_1458 = 0x3E347CB4L;
                int32_t l_1515 = 0x89BAE251L;
                int32_t l_1516 = 0L;
                int32_t l_1517 = (-6L);
                int8_t l_1541 = 0x3AL;
                int32_t l_1554[9][3][2] = {{{0xE1B518FBL,1L},{0xE1B518FBL,1L},{0xE1B518FBL,1L}},{{0xE1B518FBL,1L},{0xE1B518FBL,1L},{0xE1B518FBL,1L}},{{0xE1B518FBL,1L},{0xE1B518FBL,1L},{0xE1B518FBL,1L}},{{0xE1B518FBL,1L},{0xE1B518FBL,1L},{0xE1B518FBL,1L}},{{0xE1B518FBL,1L},{0xE1B518FBL,1L},{0xE1B518FBL,1L}},{{0xE1B518FBL,1L},{0xE1B518FBL,1L},{0xE1B518FBL,1L}},{{0xE1B518FBL,1L},{0xE1B518FBL,1L},{0xE1B518FBL,1L}},{{0xE1B518FBL,1L},{0xE1B518FBL,1L},{0xE1B518FBL,1L}},{{0xE1B518FBL,1L},{0xE1B518FBL,1L},{0xE1B518FBL,1L}}};
                int i, j, k;
                if (((!((((0xFBA0716CL < (safe_rshift_func_int16_t_s_s((((g_1310 == g_1441) > (0xF8L | (safe_sub_func_int32_t_s_s((l_1458 = (safe_sub_func_uint32_t_u_u(((+(safe_mul_func_uint8_t_u_u((g_726[0][2][0] = (--l_1449)), (((((*l_680) != (-0x9.Ep+1)) <= (((safe_mul_func_float_f_f(((((safe_mul_func_int8_t_s_s((l_64 == p_49), (+(safe_unary_minus_func_int64_t_s(p_49))))) & (*l_680)) , 0x3.C99F55p+23) >= p_49), (-0x5.7p-1))) <= (*g_341)) == (*l_680))) , (*g_952)) < (*g_952))))) , l_1449), p_49))), (*g_1133))))) | p_49), 0))) == p_49) | p_49) == 1L)) & l_1319))
                { /* block id: 713 */
                    uint32_t l_1459[9][8][3] = {{{0UL,18446744073709551608UL,0UL},{0xF81EEAE4L,18446744073709551615UL,18446744073709551613UL},{18446744073709551615UL,0xCCE5B89FL,0UL},{18446744073709551615UL,18446744073709551606UL,0x36FA2809L},{0x0205ACE9L,0xDE0631F2L,1UL},{1UL,0xF7BACBCFL,18446744073709551615UL},{18446744073709551615UL,0xBAC84F12L,0x388E5AA3L},{0xE81CC2D7L,1UL,0x388E5AA3L}},{{18446744073709551615UL,0x962BBA2EL,18446744073709551615UL},{0x85297237L,18446744073709551610UL,1UL},{0x7FBF800FL,0x388E5AA3L,0x36FA2809L},{18446744073709551615UL,18446744073709551608UL,0UL},{3UL,18446744073709551615UL,18446744073709551613UL},{0x388E5AA3L,18446744073709551615UL,0UL},{0x85297237L,0xDE0631F2L,0x85297237L},{0UL,0xCCE5B89FL,0UL}},{{18446744073709551609UL,18446744073709551615UL,2UL},{0x0205ACE9L,0x2EABBB90L,0x36513452L},{18446744073709551615UL,18446744073709551615UL,18446744073709551615UL},{0x0205ACE9L,0UL,0UL},{18446744073709551609UL,1UL,1UL},{0UL,0x7FBF800FL,0xF7BACBCFL},{0x85297237L,2UL,0x36513452L},{0x388E5AA3L,0x962BBA2EL,0x36FA2809L}},{{3UL,0xA3E94967L,0xD8A1244DL},{18446744073709551615UL,18446744073709551615UL,18446744073709551607UL},{0x7FBF800FL,18446744073709551615UL,1UL},{0x85297237L,0x2EABBB90L,18446744073709551613UL},{18446744073709551615UL,18446744073709551606UL,0UL},{0xE81CC2D7L,18446744073709551606UL,0xDEA6BC06L},{18446744073709551615UL,0x2EABBB90L,5UL},{1UL,18446744073709551615UL,0xF7BACBCFL}},{{0x0205ACE9L,18446744073709551615UL,0x388E5AA3L},{18446744073709551615UL,0xA3E94967L,1UL},{18446744073709551615UL,0x962BBA2EL,0x0205ACE9L},{0xF81EEAE4L,2UL,5UL},{0x7FBF800FL,0x7FBF800FL,2UL},{3UL,1UL,0UL},{0x2EABBB90L,0UL,18446744073709551607UL},{0UL,18446744073709551615UL,0UL}},{{0xF81EEAE4L,0x2EABBB90L,18446744073709551607UL},{0UL,18446744073709551615UL,0UL},{0xE81CC2D7L,0xCCE5B89FL,2UL},{0xF7BACBCFL,0xDE0631F2L,5UL},{0xF2BDD188L,18446744073709551615UL,0x0205ACE9L},{18446744073709551615UL,18446744073709551615UL,1UL},{18446744073709551609UL,18446744073709551608UL,0x388E5AA3L},{18446744073709551615UL,0x388E5AA3L,0xF7BACBCFL}},{{18446744073709551613UL,18446744073709551610UL,5UL},{0UL,0x962BBA2EL,0xDEA6BC06L},{18446744073709551615UL,1UL,0UL},{18446744073709551615UL,0xBAC84F12L,18446744073709551613UL},{0UL,0xF7BACBCFL,1UL},{18446744073709551613UL,0xDE0631F2L,18446744073709551607UL},{18446744073709551615UL,18446744073709551606UL,0xD8A1244DL},{18446744073709551609UL,0xCCE5B89FL,0x36FA2809L}},{{18446744073709551615UL,18446744073709551615UL,0x36513452L},{0xF2BDD188L,0xF7BACBCFL,0xF7BACBCFL},{0xF7BACBCFL,0UL,1UL},{0xE81CC2D7L,0xA3E94967L,0UL},{0UL,0x388E5AA3L,18446744073709551615UL},{0xF81EEAE4L,0x91DDFA46L,0x36513452L},{0UL,0x388E5AA3L,2UL},{0x2EABBB90L,0xA3E94967L,0UL}},{{3UL,1UL,0UL},{2UL,0xF2BDD188L,18446744073709551615UL},{1UL,18446744073709551615UL,0UL},{18446744073709551613UL,1UL,1UL},{0x85297237L,0xBAC84F12L,0xDE0631F2L},{0xC7605DA5L,0UL,18446744073709551615UL},{0x388E5AA3L,0xF2BDD188L,0UL},{18446744073709551615UL,0UL,0xDEA6BC06L}}};
                    int i, j, k;
                    l_1459[0][0][1]--;
                }
                else
                { /* block id: 715 */
                    const uint64_t *****l_1468 = (void*)0;
                    const uint64_t *****l_1469[10][3][8];
                    int32_t l_1488 = 0x26C5DE62L;
                    const uint8_t ***l_1490 = &g_1311;
                    const uint8_t ****l_1489[4];
                    int32_t l_1509 = 0L;
                    int32_t *l_1549[4] = {&g_591[1],&g_591[1],&g_591[1],&g_591[1]};
                    int i, j, k;
                    for (i = 0; i < 10; i++)
                    {
                        for (j = 0; j < 3; j++)
                        {
                            for (k = 0; k < 8; k++)
                                l_1469[i][j][k] = &g_1467;
                        }
                    }
                    for (i = 0; i < 4; i++)
                        l_1489[i] = &l_1490;
                    l_1470 = l_1462;
                    if (((safe_rshift_func_int16_t_s_u(g_1215[2][2], (((safe_lshift_func_int8_t_s_s((l_1432[2] = (safe_rshift_func_int8_t_s_u((!7UL), ((((safe_mul_func_int8_t_s_s((((*l_1404) = 249UL) && ((((safe_add_func_float_f_f(((safe_mul_func_float_f_f((safe_mul_func_float_f_f((safe_add_func_float_f_f(((((*g_341) = (0xF.569255p+55 <= (p_49 , l_1488))) > (((*g_337) = (&l_1403[4] == (l_1491 = &l_1313))) , (p_49 == l_1458))) > (*l_680)), l_1319)), 0x5.47E9CBp+91)), 0x1.Ap-1)) <= p_49), l_1353)) , l_1488) , 0x4A72L) , 0xEBL)), p_49)) < l_1458) , (void*)0) == &l_1488)))), (*g_666))) > l_1492) >= (-10L)))) | p_49))
                    { /* block id: 722 */
                        int32_t l_1497 = 0x91A163EFL;
                        int32_t *l_1511 = &l_1419;
                        int32_t *l_1512 = &l_1488;
                        int32_t *l_1513 = &g_459[0][0][1];
                        int32_t *l_1514[5][7][2];
                        int64_t *l_1539 = &g_213[3][1];
                        int i, j, k;
                        for (i = 0; i < 5; i++)
                        {
                            for (j = 0; j < 7; j++)
                            {
                                for (k = 0; k < 2; k++)
                                    l_1514[i][j][k] = (void*)0;
                            }
                        }
                        (*l_680) = (((l_1307 , (((safe_mul_func_uint8_t_u_u((4L < (((**l_1420) = (l_1497 = (safe_rshift_func_uint8_t_u_u(l_1492, ((*l_1404) &= (p_49 >= 7L)))))) <= l_1488)), ((safe_lshift_func_uint8_t_u_s(((*g_65) != ((safe_mod_func_uint8_t_u_u((((0x82F4L > ((safe_rshift_func_int8_t_s_s((l_1509 = (safe_mul_func_int16_t_s_s(l_1508, 0xD7C3L))), 2)) >= 0xB2L)) < (****g_1130)) , 247UL), p_49)) <= p_49)), 6)) < g_36))) | p_49) ^ 0xC19CFDE76ED3B78DLL)) , 0x3DF10A2AL) && 0x9EF46D26L);
                        --l_1519;
                        (*l_1512) = ((((((*l_1539) = (l_1515 |= ((((l_1321[0] = (((p_49 == (safe_div_func_uint64_t_u_u((((*g_952) = ((((**g_1132) <= (safe_lshift_func_uint8_t_u_s(((((*l_1306) = (safe_sub_func_int16_t_s_s((((((safe_rshift_func_int16_t_s_s(l_1509, (l_1419 != (safe_mod_func_uint32_t_u_u((safe_add_func_uint16_t_u_u(((0xD3L > 1L) >= ((((safe_mod_func_uint16_t_u_u((safe_lshift_func_uint16_t_u_s((((l_1538[0][1] != (void*)0) && (p_49 >= (***g_1131))) > 1UL), l_1320)), g_212[6][2][1])) < p_49) >= p_49) > l_1381)), 1L)), p_49))))) , l_1488) != (*l_1512)) , 0xBEL) , (-3L)), g_143))) || g_119[3]) > l_1458), p_49))) & p_49) , l_1488)) <= l_1517), (-1L)))) , 0L) ^ p_49)) < 0xF569709AE0C36C0FLL) > 0UL) , p_49))) ^ (*l_1512)) , l_1538[3][4]) == (void*)0) <= 5L);
                    }
                    else
                    { /* block id: 735 */
                        int32_t *l_1540[10];
                        int i;
                        for (i = 0; i < 10; i++)
                            l_1540[i] = (void*)0;
                        ++l_1542;
                        (*l_680) |= (safe_mod_func_int16_t_s_s(((l_1542 >= 0x88912406061A95E9LL) > (safe_sub_func_int32_t_s_s((l_1419 < (***g_1131)), (***g_1131)))), 65535UL));
                        if (p_49)
                            break;
                    }
                    l_1550++;
                    g_1555++;
                }
                if (p_49)
                    break;
            }
            else
            { /* block id: 744 */
                return g_1215[4][4];
            }
            if (p_49)
            { /* block id: 747 */
                int32_t *****l_1560 = &l_1559;
                uint32_t *l_1567[10];
                uint32_t **l_1566 = &l_1567[8];
                int i;
                for (i = 0; i < 10; i++)
                    l_1567[i] = &g_487[0];
                if (((l_1558 , (((*l_1560) = l_1559) == l_1561)) && ((((*g_952) >= p_49) , (((safe_lshift_func_uint8_t_u_s((p_49 & ((safe_mul_func_uint8_t_u_u(p_49, ((p_49 == (((((*l_1566) = &g_487[1]) == &l_1385) , p_49) , l_64)) > 0x7C68L))) , 0x1BA01D1CL)), p_49)) , 65535UL) ^ p_49)) != p_49)))
                { /* block id: 750 */
                    uint64_t ****l_1573 = (void*)0;
                    uint64_t *****l_1572[6] = {&l_1573,&l_1573,&l_1573,&l_1573,&l_1573,&l_1573};
                    int32_t l_1581 = 6L;
                    int32_t l_1589[10][9] = {{0xB2C5F411L,1L,0xB9DF3B55L,0x5E30C411L,0x23AE05A4L,0x5E30C411L,0xB9DF3B55L,1L,0xB2C5F411L},{0xB3B6ECAEL,0x81A6798BL,0x234CE008L,(-1L),0xB2C5F411L,(-4L),1L,0x67C29627L,(-1L)},{3L,(-1L),0x67C29627L,1L,(-4L),0xB2C5F411L,(-1L),0x234CE008L,0x81A6798BL},{0xB3B6ECAEL,0xB2C5F411L,1L,0xB9DF3B55L,0x5E30C411L,0x23AE05A4L,0x5E30C411L,0xB9DF3B55L,1L},{0xB2C5F411L,0xB2C5F411L,3L,(-2L),3L,(-1L),(-8L),0x23AE05A4L,(-5L)},{0x5E30C411L,(-1L),0L,(-1L),0x214B2494L,(-1L),0x81A6798BL,(-6L),(-1L)},{1L,0x81A6798BL,3L,0x5706A74FL,0x4E414684L,(-1L),0x234CE008L,(-1L),0x4E414684L},{0x5706A74FL,1L,1L,0x5706A74FL,7L,0L,0x23AE05A4L,(-1L),(-2L)},{(-1L),(-5L),0x67C29627L,(-1L),3L,0xB9DF3B55L,0L,0x5706A74FL,(-1L)},{(-4L),(-1L),0x234CE008L,(-2L),7L,(-1L),(-1L),0x4E414684L,(-1L)}};
                    int i, j;
                    for (l_1385 = 0; (l_1385 != 24); l_1385 = safe_add_func_int32_t_s_s(l_1385, 8))
                    { /* block id: 753 */
                        return p_49;
                    }
                    for (g_109 = 0; (g_109 < (-1)); g_109 = safe_sub_func_int64_t_s_s(g_109, 6))
                    { /* block id: 758 */
                        uint8_t l_1582 = 0xD6L;
                        int32_t l_1590 = 9L;
                        l_1589[2][8] &= ((((l_1572[3] == &l_1470) && g_1574) < (safe_sub_func_uint16_t_u_u((*g_65), ((safe_mul_func_int16_t_s_s(((safe_add_func_int8_t_s_s((((l_1581 , (l_1581 , l_1582)) & (safe_lshift_func_uint8_t_u_s((safe_mul_func_int64_t_s_s(g_172, (((safe_mod_func_int8_t_s_s(l_1582, l_1581)) && p_49) < (*l_680)))), 1))) != 0x844888B77E78C461LL), l_1581)) | g_1553), 0xDAA7L)) == 0xAB65L)))) , p_49);
                        l_1590 = (-6L);
                    }
                }
                else
                { /* block id: 762 */
                    uint32_t l_1606 = 0UL;
                    for (g_458 = 3; (g_458 >= 0); g_458 -= 1)
                    { /* block id: 765 */
                        const uint32_t *l_1596 = &g_487[1];
                        const uint32_t **l_1595 = &l_1596;
                        int i;
                        l_1381 = ((*l_680) = (g_119[g_458] & ((void*)0 != l_1591[5][1])));
                        l_1510 = (((safe_div_func_int64_t_s_s((safe_unary_minus_func_uint32_t_u(((g_119[g_458] = ((l_1595 == l_1597) | 0x9024F7C3L)) || ((((((**g_156) ^= (!(((safe_rshift_func_uint16_t_u_s(((~p_49) || ((g_25 , ((*l_1404)--)) , (*g_65))), 14)) & (p_49 >= (0x2AL | 0xC6L))) != p_49))) , (*g_65)) != (*g_65)) >= 5UL) , 0xC2L)))), l_1605)) , l_1606) > p_49);
                        return g_1555;
                    }
                    if (p_49)
                        continue;
                }
                if (l_1307)
                    continue;
            }
            else
            { /* block id: 777 */
                int64_t l_1622 = 0x0F7873446F900A6FLL;
                int32_t l_1623 = 0xCA835EDCL;
                uint64_t ***l_1626 = &g_951;
                uint64_t **l_1627 = &l_1591[5][1];
                uint64_t ***l_1628[4][10] = {{&g_951,&l_1627,(void*)0,&l_1627,&g_951,&l_1627,(void*)0,&l_1627,&g_951,&l_1627},{&l_1627,&l_1627,&l_1627,&g_951,&l_1627,&l_1627,&l_1627,&g_951,&l_1627,&l_1627},{&g_951,&g_951,(void*)0,&g_951,&g_951,&g_951,(void*)0,&g_951,&g_951,&g_951},{&l_1627,&g_951,&l_1627,&l_1627,&l_1627,&g_951,&l_1627,&l_1627,&l_1627,&g_951}};
                uint64_t **l_1629 = &g_952;
                int16_t *l_1631 = &g_596;
                int i, j;
                for (g_216 = 0; (g_216 <= 2); g_216 += 1)
                { /* block id: 780 */
                    const int16_t **l_1616 = &l_1615;
                    int i, j, k;
                    l_1623 |= ((safe_mul_func_uint16_t_u_u((safe_lshift_func_uint16_t_u_s(((((safe_mul_func_int16_t_s_s(0x00BFL, ((safe_lshift_func_int16_t_s_s((((*l_1616) = l_1615) != (((*l_680) = g_212[(g_216 + 3)][(g_216 + 1)][g_216]) , (void*)0)), p_49)) <= ((((safe_lshift_func_uint8_t_u_u(((safe_div_func_uint16_t_u_u(((void*)0 != l_1621[2][0][1]), 4UL)) , (p_49 <= l_1550)), 3)) == p_49) , &g_981) == (void*)0)))) , 4UL) ^ 1UL) ^ p_49), p_49)), l_1622)) , p_49);
                }
                if (((safe_mul_func_int16_t_s_s(((*l_1631) = (l_1622 == ((((l_1626 == (((((p_49 >= ((l_1627 != (l_1629 = &g_952)) > ((0x5.34958Fp+41 > ((*g_337) = ((((void*)0 != l_1630) , (0x6.B2C40Cp+11 <= p_49)) >= (*g_341)))) > 0xA.047ADEp+26))) <= 0x3.EE7E8Dp-48) <= l_1622) <= l_1623) , (void*)0)) || 1L) & 0x38BEL) && (**g_156)))), (*g_65))) || 5UL))
                { /* block id: 788 */
                    uint16_t l_1636[8][4] = {{0xFE06L,8UL,0x2226L,0xFE06L},{65527UL,8UL,0x3193L,8UL},{8UL,0xCF83L,0UL,0xD19CL},{0xB61CL,65527UL,0x2226L,0UL},{65529UL,0x3F0DL,1UL,8UL},{65529UL,0x2226L,0x2226L,65529UL},{0xB61CL,8UL,0UL,1UL},{0xFE06L,0xB61CL,0x3F0DL,0xCF83L}};
                    uint8_t l_1643 = 1UL;
                    int32_t l_1657 = 0xA996EE29L;
                    int16_t l_1671 = 0x4D9DL;
                    int i, j;
                    if ((safe_mod_func_int64_t_s_s(((safe_mod_func_uint64_t_u_u(l_1636[6][3], p_49)) ^ ((*g_65) || (0x584633F3F8188485LL | g_39[4][7]))), g_213[3][1])))
                    { /* block id: 789 */
                        (*g_341) = (p_49 , ((((safe_div_func_float_f_f(((*g_337) = ((*g_337) > ((safe_add_func_float_f_f((0x1.0p+1 == l_1622), (*g_337))) <= (((void*)0 != &g_487[1]) , p_49)))), ((safe_div_func_float_f_f((0x9.9D661Fp+62 != (*g_341)), (*g_341))) >= p_49))) == 0x2.80E2D8p-70) != 0x8.9A5368p+64) == p_49));
                        return l_1643;
                    }
                    else
                    { /* block id: 793 */
                        (*l_680) = p_49;
                    }
                    if ((safe_lshift_func_int8_t_s_u((safe_mul_func_uint16_t_u_u((0x3DL == ((safe_rshift_func_uint16_t_u_s(((safe_mul_func_int16_t_s_s(0xB1E4L, g_172)) ^ (-1L)), 15)) & (safe_unary_minus_func_uint16_t_u((g_119[2] == g_125))))), (safe_mul_func_uint8_t_u_u(((safe_add_func_int8_t_s_s(l_1622, (g_127 &= (((((****g_1130) && 0xB4AADB39L) , p_49) , 0L) & g_220)))) >= p_49), g_589[3][3])))), l_1657)))
                    { /* block id: 797 */
                        return p_49;
                    }
                    else
                    { /* block id: 799 */
                        int32_t ** const *l_1667 = (void*)0;
                        l_1671 = (((((*l_1306) = (safe_mod_func_int8_t_s_s(((0x74AD851974E4BD98LL != 0xB97A9A474C43C0F6LL) , 0L), 0xCCL))) & (safe_add_func_uint32_t_u_u((((safe_lshift_func_uint8_t_u_s(((*l_1404)++), ((**g_156) = ((l_1666[2] = (void*)0) != l_1667)))) & p_49) != ((safe_lshift_func_int16_t_s_s(((void*)0 != g_1311), 12)) != l_1670)), l_1623))) , 0xA34680F91610F376LL) >= g_206);
                        l_1672++;
                        if ((*g_432))
                            break;
                        (***l_1561) = l_1675;
                    }
                }
                else
                { /* block id: 809 */
                    (**g_429) = &l_1419;
                    if (p_49)
                        break;
                }
            }
            (*l_1675) = (~p_49);
        }
        return g_119[1];
    }
    (***g_429) &= p_49;
    return g_133[3][0];
}


/* ------------------------------------------ */
/* 
 * reads : g_127 g_726 g_143 g_2 g_902 g_65 g_19 g_350 g_125 g_156 g_157 g_487 g_39 g_124 g_381 g_666 g_193 g_25 g_321 g_459 g_429 g_430 g_109 g_589 g_950 g_591 g_133 g_951 g_596 g_337 g_153 g_980 g_328 g_192 g_1097
 * writes: g_172 g_127 g_143 g_206 g_902 g_19 g_124 g_381 g_459 g_119 g_329 g_109 g_591 g_951 g_458 g_596 g_153 g_981
 */
static uint64_t  func_58(uint16_t * p_59)
{ /* block id: 427 */
    int8_t l_900 = 1L;
    int8_t * const l_908 = &g_212[1][2][0];
    int32_t l_910 = 0L;
    int32_t l_990 = 0L;
    uint16_t l_993 = 0xAE0BL;
    uint32_t *l_997 = &g_143;
    uint32_t **l_996 = &l_997;
    int32_t l_1025 = (-4L);
    int32_t l_1026 = (-6L);
    int32_t l_1030 = (-6L);
    int32_t l_1034 = (-10L);
    int32_t l_1037 = 4L;
    int32_t l_1038 = 1L;
    int32_t l_1039 = 0x3CFC00B1L;
    int32_t l_1040 = 0x59D8A89DL;
    int32_t l_1041[2][5] = {{0xDDD4DFF6L,0xC0121636L,0xDDD4DFF6L,0xC0121636L,0xDDD4DFF6L},{0x9BEF2EE7L,0x9BEF2EE7L,0x9BEF2EE7L,0x9BEF2EE7L,0x9BEF2EE7L}};
    int32_t l_1042 = (-1L);
    uint16_t l_1044 = 0x148DL;
    int16_t *l_1055[10][4][6] = {{{&g_109,&g_596,&g_596,&g_614,&g_596,&g_109},{&g_596,&g_596,&g_614,&g_614,&g_596,&g_596},{&g_109,&g_596,&g_614,&g_596,&g_596,&g_109},{&g_596,&g_596,&g_596,&g_596,&g_596,&g_596}},{{&g_596,&g_596,&g_596,&g_596,&g_596,&g_596},{&g_109,&g_596,&g_596,&g_614,&g_596,&g_109},{&g_596,&g_596,&g_614,&g_614,&g_596,&g_596},{&g_109,&g_596,&g_614,&g_596,&g_596,&g_109}},{{&g_596,&g_596,&g_596,&g_596,&g_596,&g_596},{&g_596,&g_596,&g_596,&g_596,&g_596,&g_596},{&g_109,&g_596,&g_596,&g_614,&g_596,&g_109},{&g_596,&g_596,&g_614,&g_614,&g_596,&g_596}},{{&g_109,&g_596,&g_614,&g_596,&g_596,&g_109},{&g_596,&g_596,&g_596,&g_596,&g_596,&g_596},{&g_596,&g_596,&g_596,&g_596,&g_596,&g_596},{&g_109,&g_596,&g_596,&g_614,&g_596,&g_109}},{{&g_596,&g_596,&g_614,&g_614,&g_596,&g_596},{&g_109,&g_596,&g_614,&g_596,&g_596,&g_109},{&g_596,&g_596,&g_596,&g_596,&g_596,&g_596},{&g_596,&g_596,&g_596,&g_596,&g_596,&g_596}},{{&g_109,&g_596,&g_596,&g_614,&g_596,&g_109},{&g_596,&g_596,&g_614,&g_614,&g_596,&g_596},{&g_109,&g_596,&g_614,&g_596,&g_596,&g_109},{&g_596,&g_596,&g_596,&g_596,&g_596,&g_596}},{{&g_596,&g_596,&g_596,&g_596,&g_596,&g_596},{&g_109,&g_596,&g_596,&g_614,&g_596,&g_109},{&g_596,&g_596,&g_614,&g_614,&g_596,&g_596},{&g_109,&g_596,&g_614,&g_596,&g_596,&g_109}},{{&g_596,&g_596,&g_596,&g_596,&g_596,&g_596},{&g_596,&g_596,&g_596,&g_614,&g_596,&g_596},{&g_109,&g_596,&g_614,(void*)0,&g_596,&g_109},{&g_614,&g_109,(void*)0,(void*)0,&g_109,&g_614}},{{&g_109,&g_596,(void*)0,&g_614,&g_596,&g_109},{&g_596,&g_596,&g_614,&g_596,&g_109,&g_596},{&g_596,&g_109,&g_596,&g_614,&g_596,&g_596},{&g_109,&g_596,&g_614,(void*)0,&g_596,&g_109}},{{&g_614,&g_109,(void*)0,(void*)0,&g_109,&g_614},{&g_109,&g_596,(void*)0,&g_614,&g_596,&g_109},{&g_596,&g_596,&g_614,&g_596,&g_109,&g_596},{&g_596,&g_109,&g_596,&g_614,&g_596,&g_596}}};
    uint32_t l_1088 = 3UL;
    uint64_t l_1188 = 0x1CD6B5875B1CB8B3LL;
    int32_t ****l_1251 = &g_429;
    float l_1262 = 0x1.AD4E35p-59;
    uint8_t **l_1267 = (void*)0;
    uint64_t **l_1285 = &g_952;
    int i, j, k;
    for (g_172 = 0; (g_172 == 18); g_172 = safe_add_func_uint64_t_u_u(g_172, 3))
    { /* block id: 430 */
        uint32_t l_877[2];
        int32_t *l_911 = &g_459[0][0][1];
        uint32_t l_975 = 0xE535FDB1L;
        int8_t **l_979[9][6] = {{(void*)0,&g_666,&g_666,&g_666,&g_666,(void*)0},{(void*)0,&g_157[5][0][1],&g_157[1][0][2],&g_666,&g_157[5][0][1],&g_666},{(void*)0,&g_157[0][0][0],(void*)0,&g_666,&g_157[0][0][0],&g_157[1][0][2]},{(void*)0,&g_666,&g_666,&g_666,&g_666,(void*)0},{(void*)0,&g_157[5][0][1],&g_157[1][0][2],&g_666,&g_157[5][0][1],&g_666},{(void*)0,&g_157[0][0][0],(void*)0,&g_666,&g_157[0][0][0],&g_157[1][0][2]},{(void*)0,&g_666,&g_666,&g_666,&g_666,(void*)0},{(void*)0,&g_157[5][0][1],&g_157[1][0][2],&g_666,&g_157[5][0][1],&g_666},{(void*)0,&g_157[0][0][0],(void*)0,&g_666,&g_157[0][0][0],&g_157[1][0][2]}};
        int8_t ***l_978 = &l_979[7][0];
        int32_t l_991 = (-3L);
        int32_t l_992 = (-8L);
        int32_t l_1020 = 0x0A93B0C8L;
        int32_t l_1022 = (-1L);
        int32_t l_1024 = 0x71461EE7L;
        int32_t l_1028 = 1L;
        int32_t l_1033[5] = {0x28E7695AL,0x28E7695AL,0x28E7695AL,0x28E7695AL,0x28E7695AL};
        float **l_1063 = &g_341;
        uint64_t ***l_1096 = &g_951;
        int i, j;
        for (i = 0; i < 2; i++)
            l_877[i] = 1UL;
        --l_877[1];
        for (g_127 = 0; (g_127 <= 0); g_127 += 1)
        { /* block id: 434 */
            const int32_t l_907 = 2L;
            int8_t **l_922 = &g_666;
            uint32_t l_940 = 4294967295UL;
            uint8_t *l_946 = &g_127;
            uint64_t *l_949 = &g_381;
            uint64_t **l_948 = &l_949;
            int32_t l_969 = (-1L);
            int32_t l_972[9][5] = {{(-1L),(-1L),(-1L),(-1L),(-1L)},{0xC531FD13L,0xC531FD13L,0xC531FD13L,0xC531FD13L,0xC531FD13L},{(-1L),(-1L),(-1L),(-1L),(-1L)},{0xC531FD13L,0xC531FD13L,0xC531FD13L,0xC531FD13L,0xC531FD13L},{(-1L),(-1L),(-1L),(-1L),(-1L)},{0xC531FD13L,0xC531FD13L,0xC531FD13L,0xC531FD13L,0xC531FD13L},{(-1L),(-1L),(-1L),(-1L),(-1L)},{0xC531FD13L,0xC531FD13L,0xC531FD13L,0xC531FD13L,0xC531FD13L},{(-1L),(-1L),(-1L),(-1L),(-1L)}};
            uint32_t ***l_998 = &l_996;
            float l_1043 = 0x4.4p+1;
            int i, j;
            for (g_143 = 0; (g_143 <= 6); g_143 += 1)
            { /* block id: 437 */
                uint64_t *l_882 = &g_206;
                uint8_t *l_888[10][1][7] = {{{&g_726[0][6][0],(void*)0,(void*)0,&g_726[0][6][0],(void*)0,(void*)0,&g_726[0][6][0]}},{{(void*)0,&g_726[0][6][0],(void*)0,(void*)0,&g_726[0][6][0],(void*)0,(void*)0}},{{&g_726[0][6][0],&g_726[0][6][0],&g_726[0][6][0],&g_726[0][6][0],&g_726[0][6][0],&g_726[0][6][0],&g_726[0][6][0]}},{{&g_726[0][6][0],(void*)0,&g_726[g_127][g_143][g_127],(void*)0,&g_726[g_127][g_143][g_127],&g_726[g_127][g_143][g_127],(void*)0}},{{&g_726[0][6][0],(void*)0,&g_726[0][6][0],&g_726[0][6][0],(void*)0,&g_726[0][6][0],&g_726[0][6][0]}},{{(void*)0,(void*)0,&g_726[0][6][0],(void*)0,(void*)0,&g_726[0][6][0],(void*)0}},{{(void*)0,&g_726[0][6][0],&g_726[0][6][0],(void*)0,&g_726[0][6][0],&g_726[0][6][0],(void*)0}},{{&g_726[g_127][g_143][g_127],(void*)0,&g_726[g_127][g_143][g_127],&g_726[g_127][g_143][g_127],(void*)0,&g_726[g_127][g_143][g_127],&g_726[g_127][g_143][g_127]}},{{(void*)0,(void*)0,&g_726[0][6][0],(void*)0,(void*)0,&g_726[0][6][0],(void*)0}},{{(void*)0,&g_726[g_127][g_143][g_127],&g_726[g_127][g_143][g_127],(void*)0,&g_726[g_127][g_143][g_127],&g_726[g_127][g_143][g_127],(void*)0}}};
                uint8_t **l_887 = &l_888[3][0][1];
                uint8_t *l_901[9] = {&g_902,&g_726[g_127][(g_127 + 7)][g_127],&g_902,&g_726[g_127][(g_127 + 7)][g_127],&g_902,&g_726[g_127][(g_127 + 7)][g_127],&g_902,&g_726[g_127][(g_127 + 7)][g_127],&g_902};
                uint16_t *l_909[9][3][2] = {{{&g_124,&g_124},{&g_124,&g_124},{&g_124,&g_124}},{{&g_124,&g_124},{&g_124,&g_124},{&g_124,&g_124}},{{&g_124,&g_124},{&g_124,&g_124},{&g_124,&g_124}},{{&g_124,&g_124},{&g_124,&g_124},{&g_124,&g_124}},{{&g_124,&g_124},{&g_124,&g_124},{&g_124,&g_124}},{{&g_124,&g_124},{&g_124,&g_124},{&g_124,&g_124}},{{&g_124,&g_124},{&g_124,&g_124},{&g_124,&g_124}},{{&g_124,&g_124},{&g_124,&g_124},{&g_124,&g_124}},{{&g_124,&g_124},{&g_124,&g_124},{&g_124,&g_124}}};
                uint16_t l_928 = 7UL;
                int32_t l_937 = 0L;
                int i, j, k;
                l_910 |= ((safe_add_func_uint64_t_u_u(((*l_882) = g_726[g_127][(g_127 + 7)][g_127]), (safe_sub_func_uint64_t_u_u(((g_726[g_127][g_143][g_127] & (((((safe_rshift_func_uint8_t_u_u((((*l_887) = &g_726[0][6][0]) == &g_618), 6)) < (g_2[(g_127 + 1)] == (!(safe_add_func_int32_t_s_s(((g_124 |= (((safe_div_func_int8_t_s_s((safe_mul_func_uint8_t_u_u(((((safe_sub_func_int8_t_s_s((((*g_65) = (safe_div_func_uint16_t_u_u(l_877[0], (((++g_902) | g_2[(g_127 + 1)]) && (*g_65))))) > ((((((safe_add_func_uint8_t_u_u(l_907, g_350[1])) <= g_125) , (*g_156)) == l_908) , l_907) & 0xF4BBL)), l_907)) == 0x16BF4F18L) , l_907) ^ g_2[(g_127 + 1)]), l_877[1])), g_487[0])) < 0xA3EE56D6D1F22210LL) ^ g_39[4][8])) < 0x14C7L), 0xDB447F24L))))) && l_900) | 0x10L) < 0L)) >= 0xBF2AL), 2UL)))) ^ 0x72DA1186L);
                if (l_910)
                    continue;
                for (g_381 = 0; (g_381 <= 0); g_381 += 1)
                { /* block id: 447 */
                    int8_t **l_921 = &g_157[0][0][1];
                    int i, j, k;
                    l_911 = &g_459[g_381][g_127][(g_381 + 4)];
                    if (((((safe_sub_func_int32_t_s_s(0x8118F12CL, l_877[(g_127 + 1)])) < (((safe_add_func_int64_t_s_s(((+(safe_rshift_func_uint8_t_u_u((safe_div_func_uint64_t_u_u((l_921 != l_922), g_381)), (((*l_911) = l_907) <= g_726[g_127][(g_127 + 7)][g_127])))) < (((safe_mul_func_uint16_t_u_u(((*g_65) = ((safe_unary_minus_func_uint64_t_u((safe_lshift_func_int8_t_s_u((((*g_666) = l_910) , (g_193 < (-1L))), 1)))) & l_928)), g_25)) | 0xB564L) , g_321)), g_127)) ^ (-7L)) == g_124)) || l_910) , (*l_911)))
                    { /* block id: 452 */
                        int32_t *l_929 = &g_591[3];
                        int32_t *l_930 = (void*)0;
                        int32_t *l_931 = &g_459[g_381][g_127][(g_381 + 4)];
                        int32_t *l_932 = (void*)0;
                        int32_t *l_933 = &g_459[0][1][1];
                        int32_t *l_934 = (void*)0;
                        int32_t *l_935 = &g_591[3];
                        int32_t *l_936 = &g_216;
                        int32_t *l_938 = (void*)0;
                        int32_t *l_939 = (void*)0;
                        if ((*l_911))
                            break;
                        --l_940;
                    }
                    else
                    { /* block id: 455 */
                        int32_t *l_943 = &l_937;
                        (**g_429) = l_943;
                        (*l_943) &= 3L;
                        if (l_907)
                            continue;
                        return g_459[g_381][g_127][(g_381 + 4)];
                    }
                }
                if (l_910)
                    break;
            }
            for (g_109 = 0; (g_109 <= 4); g_109 += 1)
            { /* block id: 466 */
                uint64_t *l_947 = &g_381;
                int8_t **l_984 = &g_157[0][0][0];
                int32_t *l_986 = &g_459[0][1][1];
                int32_t *l_987 = &g_321;
                int32_t *l_988 = &g_125;
                int32_t *l_989[6][10] = {{(void*)0,&l_910,&g_459[0][4][0],&l_972[4][1],&g_125,(void*)0,&l_972[4][1],&g_216,&l_972[4][1],(void*)0},{&g_125,&l_910,&l_972[1][0],&l_910,&g_125,(void*)0,&l_910,&g_216,&g_459[0][1][1],&g_125},{&g_125,&l_972[4][1],&g_459[0][4][0],&l_910,(void*)0,(void*)0,&l_910,&g_459[0][4][0],&l_972[4][1],&g_125},{(void*)0,&l_910,&g_459[0][4][0],&l_972[4][1],&g_125,(void*)0,&l_972[4][1],&g_216,&l_972[4][1],(void*)0},{&g_125,&l_910,&l_972[1][0],&l_910,&g_125,(void*)0,&l_910,&g_216,&g_459[0][1][1],&g_125},{&g_125,&l_972[4][1],&g_459[0][4][0],&l_910,(void*)0,(void*)0,&l_910,&g_459[0][4][0],&l_972[4][1],&g_125}};
                int i, j, k;
                (*l_911) = (g_591[g_109] = (safe_add_func_uint64_t_u_u(((*l_947) &= (&g_726[g_127][(g_109 + 1)][g_127] != (l_946 = l_946))), g_589[g_109][(g_109 + 1)])));
                (*g_950) = l_948;
                for (g_458 = 4; (g_458 >= 0); g_458 -= 1)
                { /* block id: 474 */
                    float l_967 = 0xA.5C9880p+20;
                    int32_t l_970 = 4L;
                    int32_t l_971 = (-5L);
                    int32_t l_973 = 0xF73CB5ADL;
                    int32_t l_974 = 5L;
                    int8_t **l_983 = &g_157[0][0][0];
                    for (g_902 = 0; (g_902 <= 4); g_902 += 1)
                    { /* block id: 477 */
                        int16_t *l_966 = &g_596;
                        int32_t *l_968[5];
                        int i, j, k;
                        for (i = 0; i < 5; i++)
                            l_968[i] = &g_591[g_109];
                        (*l_911) = g_589[(g_127 + 3)][(g_902 + 1)];
                        (*g_337) = (safe_sub_func_float_f_f(0x0.Dp-1, ((safe_add_func_uint32_t_u_u(g_350[g_902], (((*l_966) |= (((0x7BL && (g_591[g_109] > (((0L || (+((*l_911) = ((safe_lshift_func_int16_t_s_u(g_133[0][0], 0)) , ((safe_add_func_int8_t_s_s((safe_mul_func_uint16_t_u_u(g_589[(g_127 + 3)][(g_902 + 1)], (g_350[g_902] && (safe_div_func_uint32_t_u_u(((**g_951) , l_900), 1UL))))), 0x61L)) <= 0x0AL))))) , &g_157[g_902][g_127][(g_127 + 2)]) != &g_666))) && l_900) == g_25)) != g_589[g_109][(g_109 + 1)]))) , (*g_337))));
                        if ((*l_911))
                            break;
                        l_975--;
                    }
                    (*g_337) = 0x9.CC1CC2p+80;
                    (*g_980) = l_978;
                    if ((l_983 != l_984))
                    { /* block id: 487 */
                        int i, j;
                        return g_589[g_127][(g_127 + 5)];
                    }
                    else
                    { /* block id: 489 */
                        int64_t l_985 = 0xE9ADB024AEF96133LL;
                        l_985 ^= l_910;
                        return (**g_328);
                    }
                }
                --l_993;
            }
            (*l_998) = l_996;
        }
        for (g_124 = 0; (g_124 == 22); ++g_124)
        { /* block id: 549 */
            int32_t l_1093[7] = {0x25EF5135L,0x25EF5135L,0x25EF5135L,0x25EF5135L,0x25EF5135L,0x25EF5135L,0x25EF5135L};
            int i;
            l_1093[1] ^= l_1040;
            (*l_911) = (safe_rshift_func_uint16_t_u_s(0x42BFL, ((&g_328 == l_1096) < ((void*)0 != g_1097[2]))));
            return l_1037;
        }
        (*l_911) = 0x03AF7504L;
    }
    return l_1037;
}


/* ------------------------------------------ */
/* 
 * reads : g_214 g_430 g_329 g_429 g_458 g_133 g_65 g_19 g_127 g_726 g_192 g_193 g_206 g_124 g_487 g_589 g_172 g_350 g_666 g_119 g_2 g_105 g_817 g_216 g_337 g_153 g_459 g_321 g_341 g_143 g_596 g_213 g_328 g_156 g_157
 * writes: g_214 g_329 g_718 g_726 g_614 g_213 g_321 g_487 g_105 g_19 g_172 g_143 g_153 g_258 g_216 g_127 g_596
 */
static uint16_t * func_60(int32_t  p_61, uint16_t * p_62, uint16_t  p_63)
{ /* block id: 350 */
    int8_t **l_686 = (void*)0;
    uint32_t *l_687[10];
    int32_t * const **l_715 = (void*)0;
    int32_t ***l_723 = (void*)0;
    float l_724 = 0xB.C7D372p+34;
    int32_t l_729 = 0xC2588066L;
    int32_t l_730 = 0L;
    float * const *l_735 = &g_337;
    uint64_t l_822 = 0xA90B91B4326D363BLL;
    float l_871 = 0x7.3p-1;
    uint16_t *l_874[8][7][4] = {{{&g_19[3],&g_350[1],&g_350[1],&g_19[3]},{(void*)0,&g_350[1],(void*)0,&g_350[1]},{&g_350[1],&g_350[2],&g_19[1],&g_19[1]},{(void*)0,(void*)0,&g_124,&g_350[1]},{&g_350[4],&g_19[1],&g_124,&g_124},{&g_350[1],&g_19[1],&g_350[1],&g_124},{&g_350[3],&g_19[1],&g_350[0],&g_350[3]}},{{&g_19[1],&g_350[2],&g_19[3],&g_350[1]},{&g_350[2],&g_124,&g_19[1],(void*)0},{&g_350[1],&g_350[1],&g_124,&g_124},{&g_19[1],&g_350[1],&g_124,(void*)0},{&g_19[1],&g_124,&g_350[1],&g_124},{&g_124,&g_19[1],&g_124,&g_350[4]},{&g_350[1],&g_19[3],&g_350[1],&g_350[0]}},{{(void*)0,&g_350[3],&g_19[1],&g_19[3]},{&g_350[0],&g_124,&g_19[1],&g_350[1]},{(void*)0,(void*)0,&g_350[1],&g_19[1]},{&g_350[1],(void*)0,&g_124,&g_350[1]},{&g_124,&g_350[1],&g_350[1],&g_350[1]},{&g_19[1],&g_124,&g_124,(void*)0},{&g_19[1],&g_124,&g_124,&g_124}},{{&g_350[1],&g_350[4],&g_19[1],(void*)0},{&g_350[2],(void*)0,&g_19[3],(void*)0},{&g_19[1],(void*)0,&g_350[0],&g_350[0]},{&g_350[3],&g_350[3],&g_350[1],&g_124},{&g_350[1],(void*)0,&g_124,&g_19[1]},{&g_350[4],&g_350[0],&g_124,&g_124},{&g_19[1],&g_350[0],&g_350[1],&g_19[1]}},{{&g_350[0],(void*)0,(void*)0,&g_124},{&g_124,&g_350[3],&g_19[1],&g_350[0]},{&g_124,(void*)0,&g_124,(void*)0},{(void*)0,(void*)0,(void*)0,(void*)0},{&g_19[0],&g_350[4],&g_350[4],&g_124},{&g_19[1],&g_124,&g_19[1],(void*)0},{&g_350[2],&g_124,&g_19[0],&g_350[1]}},{{(void*)0,&g_350[1],&g_350[0],&g_350[1]},{&g_350[1],(void*)0,&g_19[1],&g_19[1]},{(void*)0,(void*)0,&g_19[1],&g_350[1]},{&g_19[3],&g_124,&g_19[1],&g_19[3]},{&g_19[3],&g_350[3],&g_19[1],&g_350[0]},{(void*)0,&g_19[3],&g_19[1],&g_350[4]},{&g_350[1],&g_19[1],&g_350[0],&g_124}},{{(void*)0,&g_124,&g_19[0],(void*)0},{&g_350[2],&g_350[1],&g_19[1],&g_124},{&g_19[1],&g_350[1],&g_350[4],(void*)0},{&g_19[0],&g_124,(void*)0,&g_350[1]},{(void*)0,&g_350[2],&g_124,&g_350[3]},{&g_124,&g_19[1],&g_19[1],&g_124},{&g_124,&g_19[1],(void*)0,&g_124}},{{&g_350[0],&g_19[1],&g_350[1],&g_350[1]},{&g_19[1],&g_19[1],&g_124,&g_350[1]},{&g_19[1],&g_350[2],&g_350[3],(void*)0},{(void*)0,(void*)0,(void*)0,&g_350[1]},{&g_350[2],(void*)0,&g_350[3],&g_350[4]},{&g_350[2],&g_350[0],&g_350[4],&g_124},{&g_19[1],&g_124,&g_350[1],(void*)0}}};
    int i, j, k;
    for (i = 0; i < 10; i++)
        l_687[i] = &g_105[8];
    for (g_214 = (-18); (g_214 > (-17)); g_214 = safe_add_func_int8_t_s_s(g_214, 3))
    { /* block id: 353 */
        uint32_t *l_683 = &g_105[6];
        int32_t l_698 = 0x648701E6L;
        int8_t ** const l_711 = &g_157[0][0][0];
        int32_t * const **l_722 = &g_719;
        int32_t l_731 = 0xB35D63C1L;
        uint16_t *l_751[3][1];
        int32_t l_820 = (-5L);
        int8_t l_824[3];
        const float l_872 = 0x0.Fp-1;
        int i, j;
        for (i = 0; i < 3; i++)
        {
            for (j = 0; j < 1; j++)
                l_751[i][j] = &g_350[1];
        }
        for (i = 0; i < 3; i++)
            l_824[i] = 0xD3L;
        (*g_430) = &p_61;
        (**g_429) = (*g_430);
        if ((l_683 == ((safe_div_func_float_f_f(p_61, ((p_63 , l_686) == &g_157[5][0][2]))) , l_687[8])))
        { /* block id: 356 */
            uint32_t l_714 = 0x7BA8BA57L;
            int32_t * const ***l_716 = (void*)0;
            int32_t * const ***l_717 = &l_715;
            int32_t * const **l_721[10] = {&g_719,&g_719,&g_719,&g_719,&g_719,&g_719,&g_719,&g_719,&g_719,&g_719};
            int32_t * const ***l_720[5];
            uint8_t *l_725 = &g_726[0][6][0];
            int16_t *l_727 = &g_614;
            int64_t *l_728 = &g_213[5][0];
            int i;
            for (i = 0; i < 5; i++)
                l_720[i] = &l_721[7];
            l_731 |= (((safe_div_func_int64_t_s_s((safe_rshift_func_uint8_t_u_u(((safe_mul_func_int8_t_s_s((l_729 |= (((((*l_728) = ((***g_429) & (safe_rshift_func_int8_t_s_u((-1L), (safe_lshift_func_int8_t_s_s(((((l_698 < (safe_div_func_int64_t_s_s((((*l_727) = (((((*l_725) |= (safe_lshift_func_uint16_t_u_s(((safe_sub_func_int8_t_s_s(l_698, ((safe_div_func_int64_t_s_s((((g_458 != (18446744073709551615UL || (((((safe_add_func_uint32_t_u_u(((l_722 = (g_718 = ((*l_717) = (((l_711 == l_711) || (safe_lshift_func_uint8_t_u_s((((1L == l_698) , 3L) & g_133[8][4]), l_714))) , l_715)))) == l_723), p_61)) || (*g_65)) != 0UL) > 0xF9F1L) , g_127))) ^ p_63) , 0L), p_63)) != g_19[1]))) <= 0xC9L), p_61))) & p_63) , p_63) < (*g_192))) , p_63), 0x67501DC26C11D414LL))) == p_63) == g_206) < 0xCDE71A8CADF8536BLL), 3)))))) <= g_124) < 0L) | g_487[1])), l_730)) != 0xE1A5L), g_589[4][1])), l_730)) , (***g_429)) > g_172);
            (**g_429) = &p_61;
        }
        else
        { /* block id: 366 */
            int32_t l_752 = 0xE3009825L;
            int32_t l_821[9] = {4L,4L,0x74EBD9D2L,4L,4L,0x74EBD9D2L,4L,4L,0x74EBD9D2L};
            uint64_t *l_823[5][9][3] = {{{&g_172,&g_172,&g_172},{&l_822,(void*)0,&g_172},{&g_381,&g_172,&l_822},{&l_822,&l_822,&l_822},{&g_172,&g_381,&g_206},{&g_381,&l_822,&g_381},{&g_172,&g_172,&l_822},{&l_822,(void*)0,&g_381},{&l_822,&g_172,&g_206}},{{&g_381,&g_381,&l_822},{&l_822,&l_822,&l_822},{&l_822,&g_206,&g_172},{&g_172,&l_822,&g_172},{&g_381,&g_381,&l_822},{&g_172,&g_172,&g_172},{&l_822,(void*)0,&g_172},{&g_381,&g_172,&l_822},{&l_822,&l_822,&l_822}},{{&g_172,&g_381,&g_206},{&g_381,&l_822,&g_381},{&g_172,&g_172,&l_822},{&l_822,(void*)0,&g_381},{&l_822,&g_172,&g_206},{&g_381,&g_381,&l_822},{&l_822,&l_822,&l_822},{&l_822,&g_206,&g_172},{&g_172,&l_822,&g_172}},{{&g_381,&g_381,&l_822},{&g_172,&g_172,&g_172},{&l_822,(void*)0,&g_172},{&g_381,&g_172,&l_822},{&l_822,&l_822,&l_822},{&g_172,&g_381,&g_206},{&g_381,&l_822,&g_381},{&g_172,&g_172,&l_822},{&l_822,(void*)0,&g_381}},{{&l_822,&g_172,&g_206},{&g_381,&g_381,&l_822},{&l_822,&l_822,&l_822},{&l_822,&g_206,&g_172},{&g_172,&l_822,&g_172},{&g_381,&g_381,&l_822},{&g_172,&g_172,&g_172},{&l_822,(void*)0,&g_172},{&g_381,&g_172,&l_822}}};
            int32_t l_825 = 0xC9CCFBB4L;
            int32_t l_826 = 0x9B10037AL;
            int i, j, k;
            for (g_321 = 0; (g_321 >= (-3)); g_321 = safe_sub_func_uint8_t_u_u(g_321, 1))
            { /* block id: 369 */
                uint64_t l_749 = 0x5920C1154443C942LL;
                uint32_t *l_750 = &g_487[1];
                if ((safe_unary_minus_func_int16_t_s(((((void*)0 != l_735) <= (safe_mul_func_uint8_t_u_u((safe_rshift_func_int8_t_s_u((((*l_750) = (safe_div_func_uint8_t_u_u(((9L | ((safe_unary_minus_func_int16_t_s(((safe_sub_func_int32_t_s_s((-1L), ((safe_div_func_uint16_t_u_u((safe_sub_func_uint32_t_u_u(((void*)0 != &g_156), (l_749 , (0x13DBC574L ^ 0x9E7C53DBL)))), 7UL)) , l_749))) , g_350[1]))) || (*g_666))) , g_487[1]), 0x8AL))) , 0x6FL), g_2[4])), 6L))) == (*g_65)))))
                { /* block id: 371 */
                    return l_751[2][0];
                }
                else
                { /* block id: 373 */
                    int32_t *l_753 = &g_321;
                    uint16_t *l_754 = &g_124;
                    if (l_752)
                    { /* block id: 374 */
                        (**g_429) = l_753;
                        return l_754;
                    }
                    else
                    { /* block id: 377 */
                        return l_754;
                    }
                }
            }
            l_826 ^= ((safe_rshift_func_int8_t_s_u(((safe_rshift_func_int8_t_s_s((safe_lshift_func_uint16_t_u_u((l_752 == ((void*)0 == &p_63)), 6)), 4)) ^ (((l_825 = (((safe_sub_func_float_f_f((safe_div_func_float_f_f(((*g_337) = ((safe_div_func_float_f_f((safe_sub_func_float_f_f(((safe_div_func_float_f_f(p_61, (((safe_mod_func_uint16_t_u_u(((g_143 = ((safe_mul_func_uint16_t_u_u((safe_mul_func_uint8_t_u_u((safe_sub_func_int64_t_s_s((safe_mul_func_int16_t_s_s((((*l_683)--) & ((safe_add_func_int64_t_s_s(((((**g_430) > (((((safe_sub_func_uint8_t_u_u((((-9L) > (safe_mod_func_int16_t_s_s((safe_add_func_uint32_t_u_u((((((safe_div_func_uint16_t_u_u((safe_sub_func_uint32_t_u_u((safe_div_func_uint64_t_u_u((g_172 ^= ((safe_add_func_int16_t_s_s(((safe_rshift_func_int8_t_s_s((((safe_div_func_int32_t_s_s((safe_div_func_int16_t_s_s((safe_lshift_func_uint16_t_u_u((((((safe_sub_func_uint16_t_u_u(((*g_65) = (((safe_mul_func_int16_t_s_s((((((safe_sub_func_int16_t_s_s((((safe_mod_func_uint32_t_u_u((safe_mul_func_uint8_t_u_u(g_817, 1L)), (l_821[3] ^= (safe_sub_func_int32_t_s_s((l_731 ^= p_61), l_820))))) < (*g_65)) != l_752), (*p_62))) <= g_206) , l_821[3]) < 0x8135L) > p_63), 0x0B0DL)) > 0x90DDL) & (*p_62))), l_822)) < (-4L)) ^ 0xFB2D82BACB72E2B6LL) != (*g_666)) & 1UL), 1)), 0x7D3AL)), p_63)) == g_216) != 0L), p_63)) && p_61), (-1L))) & 0xADL)), 3L)), p_61)), l_824[2])) || (*g_329)) && l_752) | (-10L)) <= l_752), (**g_430))), 1L))) | l_752), (-1L))) >= p_61) , l_715) != (void*)0) < g_2[6])) && p_63) | p_63), 0xF44CEE17CAFA662ELL)) | l_752)), p_63)), p_61)), p_61)), p_61)) >= g_119[3])) , (*g_65)), 1L)) == g_133[1][1]) , 0x0.0p+1))) <= (*g_337)), l_752)), 0x7.8DBDB9p+48)) == p_61)), l_752)), 0x6.1p-1)) > p_63) , (*g_65))) , 0x47L) | p_61)), g_459[0][2][2])) < 0xEF6DA0C3L);
            for (g_321 = 2; (g_321 >= 0); g_321 -= 1)
            { /* block id: 393 */
                int i;
                (*g_341) = l_824[g_321];
            }
            for (g_216 = 6; (g_216 >= 1); g_216 -= 1)
            { /* block id: 398 */
                uint32_t *l_836[7][2][5] = {{{&g_487[0],&g_487[1],&g_487[1],&g_487[1],&g_487[0]},{&g_487[1],&g_487[0],&g_487[0],&g_487[1],&g_220}},{{&g_220,&g_487[1],&g_220,&g_487[1],&g_220},{&g_487[1],&g_487[1],&g_487[0],&g_487[0],&g_220}},{{&g_487[0],&g_487[1],&g_487[1],&g_487[1],&g_487[0]},{&g_220,&g_487[0],&g_487[0],&g_487[1],&g_487[1]}},{{&g_220,&g_487[1],&g_220,&g_487[1],&g_220},{&g_220,&g_487[1],&g_487[0],&g_487[0],&g_487[1]}},{{&g_487[0],&g_487[1],&g_487[1],&g_487[1],&g_487[0]},{&g_487[1],&g_487[0],&g_487[0],&g_487[1],&g_220}},{{&g_220,&g_487[1],&g_220,&g_487[1],&g_220},{&g_487[1],&g_487[1],&g_487[0],&g_487[0],&g_220}},{{&g_487[0],&g_487[1],&g_487[1],&g_487[1],&g_487[0]},{&g_220,&g_487[0],&g_487[0],&g_487[1],&g_487[1]}}};
                int32_t l_838 = 0x13302EE4L;
                int i, j, k;
                for (p_61 = 0; (p_61 <= 0); p_61 += 1)
                { /* block id: 401 */
                    uint8_t *l_829 = &g_127;
                    int i, j, k;
                    l_838 = (0x3.F55574p-22 != ((((((*l_683) = g_459[p_61][(p_61 + 2)][(p_61 + 2)]) , ((safe_rshift_func_int16_t_s_s((&p_61 == ((**g_429) = &p_61)), 7)) <= ((*l_829) = g_19[g_216]))) < (safe_mul_func_uint8_t_u_u((0x46B43F3956388863LL && (safe_mul_func_uint8_t_u_u((l_836[1][1][0] != l_836[1][1][0]), (!0x1B44C37CAB29728FLL)))), (*g_666)))) < 0xDA1DL) , 0x1.Dp+1));
                    if (p_61)
                        continue;
                }
            }
        }
        for (g_172 = 19; (g_172 < 3); g_172 = safe_sub_func_int8_t_s_s(g_172, 2))
        { /* block id: 412 */
            uint32_t l_846 = 0x4D0D7933L;
            int16_t *l_857[7] = {&g_109,&g_109,&g_109,&g_109,&g_109,&g_109,&g_109};
            int32_t *l_873 = &g_459[0][4][3];
            int i;
            for (g_143 = 23; (g_143 < 24); g_143 = safe_add_func_uint32_t_u_u(g_143, 1))
            { /* block id: 415 */
                uint32_t l_843 = 4294967295UL;
                int32_t l_844[5];
                int32_t *l_845 = &l_698;
                int i;
                for (i = 0; i < 5; i++)
                    l_844[i] = 0L;
                if (l_843)
                    break;
                l_846--;
            }
            l_731 |= ((safe_mul_func_int8_t_s_s((safe_mod_func_int8_t_s_s((((((safe_rshift_func_int16_t_s_s((g_596 |= (g_726[0][6][0] , (safe_add_func_int32_t_s_s(p_61, ((*l_683) = p_61))))), 4)) > ((p_63 <= (safe_add_func_int32_t_s_s(((g_213[3][1] & 0x965EFADAF6748DD9LL) > 9L), (safe_lshift_func_uint8_t_u_u(((safe_rshift_func_uint8_t_u_s(((safe_rshift_func_int8_t_s_u(((safe_mod_func_uint16_t_u_u(((((((*g_65) > ((safe_mul_func_int8_t_s_s(((+(l_846 >= (*p_62))) || 0xBFBB3EA102567C03LL), g_19[1])) >= (**g_328))) & p_61) == p_61) , p_63) && g_350[1]), l_846)) <= 7L), g_321)) == (*g_65)), (**g_156))) | (-3L)), 5))))) == 6L)) , (-4L)) > 0xED4F92C0L) & p_61), g_459[0][1][1])), l_846)) & g_458);
            l_873 = &p_61;
            if (p_63)
                break;
        }
    }
    return l_874[3][6][1];
}


/* ------------------------------------------ */
/* 
 * reads : g_214 g_381 g_341 g_618 g_591 g_220 g_206 g_109 g_258 g_119 g_337 g_614 g_216 g_124 g_328 g_192 g_193 g_329 g_321 g_125 g_25 g_459 g_65 g_19 g_666 g_432
 * writes: g_214 g_381 g_258 g_618 g_220 g_206 g_153 g_614 g_216 g_124 g_125 g_459 g_109 g_213
 */
static int32_t  func_68(uint32_t  p_69, int32_t  p_70, float  p_71, int64_t  p_72, uint16_t  p_73)
{ /* block id: 293 */
    uint64_t l_604 = 0x242B097369AF4672LL;
    int32_t l_605 = (-1L);
    int32_t l_606 = 0x3706A7E7L;
    int32_t l_610 = 0xEBA42331L;
    int32_t l_611 = 0x2114792DL;
    int32_t l_612 = 0xD315CB3BL;
    int32_t l_613[7] = {0xB78E1239L,0xB78E1239L,0xB78E1239L,0xB78E1239L,0xB78E1239L,0xB78E1239L,0xB78E1239L};
    int64_t l_615 = 0L;
    int8_t l_616 = 0L;
    int32_t l_617 = 0x04AD25BAL;
    uint32_t l_621 = 4294967287UL;
    int32_t ***l_625 = (void*)0;
    int16_t l_647 = 0x40F5L;
    const uint16_t *l_665 = &g_350[3];
    int8_t *l_667 = &g_133[3][0];
    int16_t *l_668 = (void*)0;
    int16_t *l_669 = &g_109;
    int32_t l_674[2][8][7] = {{{0x419AA433L,0x0A475470L,1L,6L,0L,0x91B315FEL,0x42DBDF84L},{0x80FB80DEL,0x42C2F9DAL,0x2F865693L,0x43789C1EL,0x96119243L,0x43789C1EL,0x2F865693L},{0xDBE34157L,0xDBE34157L,0xDC2C7E3DL,0x243AAE4EL,(-1L),0x5EA5295EL,1L},{0x96119243L,0xB5861FBDL,0x80FB80DEL,0x2F865693L,(-8L),0x42C2F9DAL,(-1L)},{1L,0x196B6EEDL,0x5EA5295EL,0x4170CB0BL,(-1L),0x6BD596B7L,(-1L)},{(-1L),(-8L),(-8L),(-1L),0x96119243L,0L,0xC1FA3BF0L},{0x4170CB0BL,0x5EA5295EL,0x196B6EEDL,1L,0L,0x42DBDF84L,0x243AAE4EL},{0x2F865693L,0x80FB80DEL,0xB5861FBDL,0x96119243L,0x04D6F96AL,0x6C342AECL,0xC1FA3BF0L}},{{0x243AAE4EL,0xDC2C7E3DL,0xDBE34157L,0xDBE34157L,0xDC2C7E3DL,0x243AAE4EL,(-1L)},{0x43789C1EL,0x2F865693L,0x42C2F9DAL,0x80FB80DEL,0x83820E6AL,(-1L),(-1L)},{6L,1L,0x0A475470L,0x419AA433L,0x4170CB0BL,(-1L),1L},{0xD32D77E4L,0x2F865693L,0x96119243L,(-6L),(-6L),0x96119243L,0x2F865693L},{0L,0xDC2C7E3DL,0x3645DB2CL,(-1L),1L,0x06F22D1FL,0x42DBDF84L},{0xDDF0587CL,0x80FB80DEL,(-1L),0x6C342AECL,0L,1L,(-8L)},{0x3645DB2CL,0x5EA5295EL,0x42DBDF84L,(-1L),0x0A475470L,0x0A475470L,(-1L)},{0x04D6F96AL,(-8L),0x04D6F96AL,(-6L),(-1L),0xD32D77E4L,(-1L)}}};
    int16_t *l_675[9][10] = {{&g_614,&l_647,&g_596,&g_614,&g_596,&g_614,&g_596,&l_647,&g_614,(void*)0},{&g_596,(void*)0,&g_614,&g_596,(void*)0,(void*)0,&g_614,&l_647,&l_647,(void*)0},{&l_647,&g_596,&g_614,&g_596,&g_596,&l_647,&g_614,&g_614,&g_614,&l_647},{&l_647,&l_647,&g_596,&l_647,&l_647,(void*)0,&g_614,&g_614,(void*)0,&l_647},{(void*)0,&g_614,&g_614,(void*)0,&l_647,&l_647,&g_596,&l_647,&l_647,&l_647},{&g_614,&g_614,&g_614,&l_647,&g_596,&g_596,&g_614,&g_596,&l_647,(void*)0},{&l_647,&l_647,&g_614,(void*)0,(void*)0,&g_596,&g_614,&g_614,(void*)0,&g_596},{&g_614,&g_596,&g_614,&l_647,&g_614,&l_647,&g_614,&g_596,&g_614,&g_596},{(void*)0,&g_614,&g_614,&g_596,(void*)0,(void*)0,&g_614,&l_647,&l_647,(void*)0}};
    uint8_t l_676[2];
    int32_t *l_677 = (void*)0;
    int32_t *l_678 = &g_216;
    int32_t *l_679 = &l_617;
    int i, j, k;
    for (i = 0; i < 2; i++)
        l_676[i] = 255UL;
    for (g_214 = (-28); (g_214 == (-17)); g_214 = safe_add_func_uint64_t_u_u(g_214, 4))
    { /* block id: 296 */
        return l_604;
    }
    for (g_381 = 1; (g_381 <= 5); g_381 += 1)
    { /* block id: 301 */
        int32_t *l_607 = (void*)0;
        int32_t l_608 = (-7L);
        int32_t *l_609[2];
        int32_t l_622 = 1L;
        float l_644[3];
        int i;
        for (i = 0; i < 2; i++)
            l_609[i] = &g_591[3];
        for (i = 0; i < 3; i++)
            l_644[i] = (-0x7.3p-1);
        (*g_341) = 0x9.800490p+34;
        ++g_618;
        l_621 = g_591[g_381];
        if (l_622)
            break;
        for (g_220 = 0; (g_220 <= 0); g_220 += 1)
        { /* block id: 308 */
            int8_t l_633[7][7] = {{0xFAL,0xD6L,(-8L),0xFAL,0xDCL,0xDCL,0xFAL},{0xC8L,(-1L),0xC8L,0x78L,(-1L),0xAEL,0xAEL},{0L,0xFAL,(-1L),0xFAL,0L,(-1L),0x79L},{0xFDL,0xAEL,0x78L,0xFDL,0x78L,0xAEL,0xFDL},{(-8L),0x79L,0xD6L,0xDCL,0x79L,0xDCL,0xD6L},{0xFDL,0xFDL,0xF8L,(-1L),(-10L),0xF8L,(-10L)},{0L,0xD6L,0xD6L,0L,0xDCL,(-8L),0L}};
            int32_t l_634 = 0xA7E1F60DL;
            int32_t l_635 = 0x500FE1E0L;
            int32_t l_636[4][10][4] = {{{0xD9BC8DDBL,0xD9BC8DDBL,1L,6L},{0x392DBD75L,0xD9BC8DDBL,6L,0xA4D6D1BAL},{(-10L),0xD9BC8DDBL,0L,6L},{0xD5DEBF61L,0xD9BC8DDBL,0xA4D6D1BAL,0xA4D6D1BAL},{0xD9BC8DDBL,0xD9BC8DDBL,1L,6L},{0x392DBD75L,0xD9BC8DDBL,6L,0xA4D6D1BAL},{(-10L),0xD9BC8DDBL,0L,6L},{0xD5DEBF61L,0xD9BC8DDBL,0xA4D6D1BAL,0xA4D6D1BAL},{0xD9BC8DDBL,0xD9BC8DDBL,1L,6L},{0x392DBD75L,0xD9BC8DDBL,6L,0xA4D6D1BAL}},{{(-10L),0xD9BC8DDBL,0L,6L},{0xD5DEBF61L,0xD9BC8DDBL,0xA4D6D1BAL,0xA4D6D1BAL},{0xD9BC8DDBL,0xD9BC8DDBL,1L,6L},{0x392DBD75L,0xD9BC8DDBL,6L,0xA4D6D1BAL},{(-10L),0xD9BC8DDBL,0L,6L},{0xD5DEBF61L,0xD9BC8DDBL,0xA4D6D1BAL,0xA4D6D1BAL},{0xD9BC8DDBL,0xD9BC8DDBL,1L,6L},{0x392DBD75L,0xD9BC8DDBL,6L,0xA4D6D1BAL},{(-10L),0xD9BC8DDBL,0L,6L},{0xD5DEBF61L,0xD9BC8DDBL,0xA4D6D1BAL,0xA4D6D1BAL}},{{0xD9BC8DDBL,0xD9BC8DDBL,1L,6L},{0x392DBD75L,0xD9BC8DDBL,6L,0xA4D6D1BAL},{(-10L),0xD9BC8DDBL,0L,6L},{0xD5DEBF61L,0xD9BC8DDBL,0xA4D6D1BAL,0xA4D6D1BAL},{0xD9BC8DDBL,0xD9BC8DDBL,1L,6L},{0x392DBD75L,0xD9BC8DDBL,6L,0xA4D6D1BAL},{(-10L),0xD9BC8DDBL,0L,6L},{0xD5DEBF61L,0xD9BC8DDBL,0xA4D6D1BAL,0xA4D6D1BAL},{0xD9BC8DDBL,0xD9BC8DDBL,1L,6L},{0x392DBD75L,0xD9BC8DDBL,6L,0xA4D6D1BAL}},{{(-10L),0xD9BC8DDBL,0L,6L},{0xD5DEBF61L,0xD9BC8DDBL,0xA4D6D1BAL,0xA4D6D1BAL},{0xD9BC8DDBL,0xD9BC8DDBL,1L,6L},{0x392DBD75L,0xD9BC8DDBL,6L,0xA4D6D1BAL},{(-10L),0xD9BC8DDBL,0L,6L},{0xD5DEBF61L,0xD9BC8DDBL,0xA4D6D1BAL,0xA4D6D1BAL},{0xD9BC8DDBL,0xD9BC8DDBL,1L,6L},{0x392DBD75L,0xD9BC8DDBL,6L,0xA4D6D1BAL},{(-10L),0xD9BC8DDBL,0L,6L},{0xD5DEBF61L,0xD9BC8DDBL,0xA4D6D1BAL,0xA4D6D1BAL}}};
            int32_t l_643 = 0x5594852BL;
            int16_t l_648 = 1L;
            uint8_t l_649 = 0x8AL;
            int i, j, k;
            for (g_206 = 0; (g_206 <= 0); g_206 += 1)
            { /* block id: 311 */
                int32_t l_632 = 0xDCA9965CL;
                (*g_337) = ((*g_341) = (safe_div_func_float_f_f(((((p_73 <= (g_381 , ((2UL || ((void*)0 == l_625)) >= (safe_sub_func_int8_t_s_s(p_72, 1L))))) , g_109) , (((safe_mul_func_uint16_t_u_u(((l_632 = (((((safe_mul_func_float_f_f(((l_632 <= (*g_341)) == p_69), p_69)) , 1UL) >= (-6L)) & p_73) <= g_119[3])) && p_72), p_69)) | (-5L)) , p_73)) , l_633[3][3]), (*g_341))));
            }
            for (g_614 = 0; (g_614 <= 0); g_614 += 1)
            { /* block id: 318 */
                uint64_t l_637[6] = {0UL,0UL,0x35A45F6A132BF30BLL,0UL,0UL,0x35A45F6A132BF30BLL};
                int32_t l_646[9][7] = {{0x79D9502AL,6L,0x3B9831F2L,6L,0x79D9502AL,0x92BD516FL,0L},{0x1E1FAE8AL,0x1473E38DL,0xAD8446D8L,0x72DE4D3CL,0x79D9502AL,0L,0x79D9502AL},{(-7L),0L,0L,(-7L),6L,0x72DE4D3CL,0x1E1FAE8AL},{0x1E1FAE8AL,0x72DE4D3CL,6L,(-7L),0L,0L,(-7L)},{0x79D9502AL,0L,0x79D9502AL,0x72DE4D3CL,0xAD8446D8L,0x1473E38DL,0x1E1FAE8AL},{0L,0x92BD516FL,0x79D9502AL,6L,0x3B9831F2L,6L,0x79D9502AL},{0xAD8446D8L,0xAD8446D8L,6L,9L,0xF6CA3BAAL,0x1473E38DL,0L},{9L,0xAD8446D8L,0L,0x1473E38DL,0x1473E38DL,0L,0xAD8446D8L},{0L,0x92BD516FL,0xAD8446D8L,0x79D9502AL,0xF6CA3BAAL,0x72DE4D3CL,9L}};
                int i, j;
                for (g_216 = 0; (g_216 >= 0); g_216 -= 1)
                { /* block id: 321 */
                    for (g_124 = 0; (g_124 <= 0); g_124 += 1)
                    { /* block id: 324 */
                        (*g_341) = l_633[6][2];
                    }
                }
                l_637[0]++;
                l_605 = ((safe_mod_func_int64_t_s_s(p_72, ((**g_328) & ((*g_329) <= 0x152D38C0L)))) ^ l_637[4]);
                for (g_125 = 0; (g_125 <= 0); g_125 += 1)
                { /* block id: 332 */
                    int32_t l_642 = 0L;
                    int32_t l_645[3];
                    uint8_t *l_656 = &l_649;
                    int i;
                    for (i = 0; i < 3; i++)
                        l_645[i] = 4L;
                    l_649--;
                    g_459[0][1][1] ^= (safe_rshift_func_uint8_t_u_u(((safe_lshift_func_int8_t_s_u(p_70, (--(*l_656)))) | (safe_rshift_func_int8_t_s_u(p_72, 6))), (&p_69 == &p_69)));
                }
            }
        }
    }
    (*l_679) &= ((*l_678) = (safe_mul_func_uint8_t_u_u((safe_sub_func_uint16_t_u_u((((((l_665 != ((g_614 &= ((*g_65) || ((((&l_616 != (l_667 = g_666)) , ((*l_669) |= p_70)) | (l_615 ^ (safe_div_func_uint64_t_u_u(p_69, (l_612 ^ (g_213[3][1] = (((((((safe_sub_func_int8_t_s_s((l_605 = (((((l_674[0][3][6] == p_72) < l_621) <= 0xDDDA50CBL) > 0UL) > p_70)), 0x13L)) < (**g_328)) , (*g_329)) ^ (*g_432)) && g_124) & p_72) || p_69))))))) ^ (-8L)))) , (void*)0)) , &g_328) != (void*)0) >= p_70) == l_676[0]), (*g_65))), 0xFBL)));
    (*l_678) &= ((*g_65) & p_69);
    return p_69;
}


/* ------------------------------------------ */
/* 
 * reads : g_65 g_19
 * writes:
 */
static uint16_t  func_74(uint64_t  p_75, float  p_76, uint64_t  p_77)
{ /* block id: 134 */
    float *l_335[8] = {&g_258,&g_258,&g_241,&g_258,&g_258,&g_241,&g_258,&g_258};
    float **l_336 = (void*)0;
    float **l_338 = &l_335[4];
    float *l_339 = &g_241;
    float **l_340[10] = {&l_339,&l_339,&l_339,&l_339,&l_339,&l_339,&l_339,&l_339,&l_339,&l_339};
    int32_t l_343 = 0x5AF6B685L;
    int16_t *l_348 = &g_109;
    int32_t *l_349 = &g_216;
    const int32_t l_351 = 0x6F5572A2L;
    int32_t *l_352 = &g_125;
    uint64_t l_362 = 0xF90522F1F446DA88LL;
    uint32_t l_364 = 4294967295UL;
    int32_t l_377 = 0x103E8C47L;
    int32_t **l_407 = &g_329;
    int32_t l_462 = 1L;
    uint8_t l_463[1][4];
    uint32_t l_494 = 0x02A9C730L;
    uint64_t l_540 = 6UL;
    int8_t l_541[10] = {0x4BL,0x4BL,0L,0x4BL,0x4BL,0L,0x4BL,0x84L,0x4BL,0x84L};
    int8_t **l_571 = &g_157[2][0][0];
    int32_t l_592 = 1L;
    int32_t l_593 = 1L;
    int32_t l_594 = (-1L);
    int32_t l_595[5][7][7] = {{{0x61F99A82L,(-1L),0x61F99A82L,(-2L),(-1L),0x1633436EL,(-1L)},{(-2L),0L,0xF9306892L,5L,0L,(-2L),9L},{(-6L),7L,(-1L),0x61F99A82L,9L,0x1633436EL,0x6FBDDF0AL},{0xA74C20EFL,0x388E80A6L,5L,0x58956D07L,5L,0x388E80A6L,0xA74C20EFL},{0xA74C20EFL,(-1L),0x57A231BBL,7L,0x388E80A6L,(-9L),5L},{(-6L),0L,0x61F99A82L,0x6FBDDF0AL,(-2L),0x229F0E22L,0L},{(-2L),9L,0x57A231BBL,0xDC90C96AL,0xD5B3C868L,(-2L),0xD5B3C868L}},{{0x61F99A82L,5L,5L,0x61F99A82L,0xD5B3C868L,0L,7L},{0L,0x388E80A6L,(-1L),0xF9306892L,(-2L),0xFE18581AL,0xA74C20EFL},{0xFE18581AL,(-2L),0xF9306892L,(-1L),0x388E80A6L,0L,7L},{0L,0xD5B3C868L,0x61F99A82L,5L,5L,0x61F99A82L,0xD5B3C868L},{(-2L),0xD5B3C868L,0xDC90C96AL,0x57A231BBL,9L,(-2L),0L},{0x229F0E22L,(-2L),0x6FBDDF0AL,0x61F99A82L,0L,(-6L),5L},{(-9L),0x388E80A6L,7L,0x57A231BBL,(-1L),0xA74C20EFL,0xA74C20EFL}},{{0x388E80A6L,5L,0x58956D07L,5L,0x388E80A6L,0xA74C20EFL,0x6FBDDF0AL},{0x1633436EL,9L,0x61F99A82L,(-1L),7L,(-6L),9L},{(-2L),0L,5L,0xF9306892L,0L,(-2L),(-1L)},{0x1633436EL,(-1L),(-2L),0x61F99A82L,(-1L),0x61F99A82L,(-2L)},{0x388E80A6L,0x388E80A6L,(-2L),0xDC90C96AL,0x6FBDDF0AL,0L,0xA74C20EFL},{(-9L),7L,5L,0x6FBDDF0AL,0x388E80A6L,0xFE18581AL,(-1L)},{0x229F0E22L,0L,0x61F99A82L,7L,0x6FBDDF0AL,0L,0L}},{{(-2L),(-1L),0x58956D07L,0x58956D07L,(-1L),(-2L),0L},{0L,0x6FBDDF0AL,7L,0x61F99A82L,0L,0x229F0E22L,(-1L)},{0xFE18581AL,0x388E80A6L,0x6FBDDF0AL,5L,7L,(-9L),0xA74C20EFL},{0L,0x6FBDDF0AL,0xDC90C96AL,(-2L),0x388E80A6L,0x388E80A6L,(-2L)},{0x61F99A82L,(-1L),0x61F99A82L,(-2L),(-1L),0x1633436EL,(-1L)},{(-2L),0L,0xF9306892L,5L,0L,(-2L),0L},{0xDC90C96AL,0x229F0E22L,0L,5L,0L,0xF9306892L,0x1633436EL}},{{(-1L),(-2L),0x61F99A82L,(-1L),0x61F99A82L,(-2L),(-1L)},{(-1L),0L,0L,0x229F0E22L,(-2L),0x6FBDDF0AL,0x61F99A82L},{0xDC90C96AL,0xFE18581AL,5L,0x1633436EL,(-6L),0x58956D07L,0xFE18581AL},{(-6L),0L,0L,0L,0xA74C20EFL,(-6L),0xA74C20EFL},{5L,0x61F99A82L,0x61F99A82L,5L,0xA74C20EFL,0x57A231BBL,0x229F0E22L},{5L,(-2L),0L,9L,(-6L),7L,(-1L)},{7L,(-6L),9L,0L,(-2L),5L,0x229F0E22L}}};
    int i, j, k;
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 4; j++)
            l_463[i][j] = 1UL;
    }
    return (*g_65);
}


/* ------------------------------------------ */
/* 
 * reads : g_2 g_105 g_65 g_19 g_25 g_109 g_124 g_127 g_125 g_119 g_143 g_156 g_172 g_192 g_133 g_206 g_220 g_216 g_212 g_213 g_258 g_321
 * writes: g_19 g_109 g_119 g_124 g_127 g_133 g_143 g_153 g_125 g_172 g_105 g_206 g_220 g_216 g_258 g_328 g_329
 */
static uint16_t * func_78(int8_t  p_79, uint16_t  p_80)
{ /* block id: 12 */
    int32_t *l_102[3];
    int32_t **l_101 = &l_102[0];
    int8_t *l_145[10] = {&g_119[1],&g_119[1],&g_119[1],&g_119[1],&g_119[1],&g_119[1],&g_119[1],&g_119[1],&g_119[1],&g_119[1]};
    int8_t **l_144 = &l_145[9];
    uint8_t l_239 = 0x81L;
    uint16_t *l_330 = (void*)0;
    int i;
    for (i = 0; i < 3; i++)
        l_102[i] = &g_25;
    if (p_80)
    { /* block id: 13 */
        uint16_t *l_117 = &g_19[1];
        int32_t l_120 = (-1L);
        int32_t l_123 = 0L;
        int8_t ***l_146[10] = {(void*)0,&l_144,(void*)0,(void*)0,(void*)0,(void*)0,&l_144,(void*)0,(void*)0,(void*)0};
        int8_t l_161 = 1L;
        int64_t l_169 = (-2L);
        int32_t l_194 = 0xFFA48941L;
        int32_t l_215 = 0x83F64C53L;
        int64_t l_217 = 6L;
        int32_t l_218 = (-1L);
        int32_t l_219[5][1][1];
        int i, j, k;
        for (i = 0; i < 5; i++)
        {
            for (j = 0; j < 1; j++)
            {
                for (k = 0; k < 1; k++)
                    l_219[i][j][k] = 1L;
            }
        }
        for (p_80 = (-3); (p_80 < 60); p_80++)
        { /* block id: 16 */
            int32_t *l_86 = (void*)0;
            int32_t **l_85 = &l_86;
            (*l_85) = &g_25;
            if (g_2[4])
                break;
            for (p_79 = 0; (p_79 <= (-10)); p_79--)
            { /* block id: 21 */
                int32_t ***l_108 = &l_85;
                int8_t *l_118 = &g_119[1];
                int32_t l_126 = 0L;
                int8_t *l_132[7][7] = {{&g_133[4][1],&g_133[4][4],(void*)0,(void*)0,&g_133[4][4],&g_133[4][1],(void*)0},{&g_133[8][1],(void*)0,&g_133[3][0],&g_133[3][0],(void*)0,&g_133[8][1],&g_133[0][2]},{&g_133[4][1],&g_133[4][4],(void*)0,(void*)0,&g_133[4][4],&g_133[4][1],(void*)0},{&g_133[8][1],(void*)0,&g_133[3][0],&g_133[3][0],(void*)0,&g_133[8][1],&g_133[0][2]},{&g_133[4][1],&g_133[4][4],(void*)0,(void*)0,&g_133[4][4],&g_133[4][1],(void*)0},{&g_133[8][1],(void*)0,&g_133[3][0],&g_133[3][0],(void*)0,&g_133[8][1],&g_133[0][2]},{&g_133[4][1],&g_133[4][4],(void*)0,(void*)0,&g_133[4][4],&g_133[4][1],(void*)0}};
                int i, j;
                g_109 &= (((+p_80) < (safe_sub_func_float_f_f(g_2[4], (0x1.5p+1 == (safe_div_func_float_f_f(g_2[5], ((((*g_65) = (((*l_108) = ((safe_mod_func_uint8_t_u_u((!(safe_sub_func_int16_t_s_s((safe_rshift_func_uint16_t_u_s(((p_79 , (void*)0) != l_101), 13)), (((safe_div_func_int16_t_s_s(g_105[6], ((safe_mul_func_uint16_t_u_u((*g_65), g_19[1])) ^ g_2[3]))) && 0xBEL) != g_105[1])))), p_79)) , (void*)0)) == &l_102[0])) , (*l_101)) != (void*)0))))))) , g_25);
                g_124 |= (safe_mul_func_int16_t_s_s(((safe_lshift_func_uint8_t_u_u((~(((safe_add_func_uint16_t_u_u((((&p_80 == l_117) || ((*l_118) = 0x9CL)) == (l_120 = p_80)), (safe_sub_func_uint8_t_u_u(2UL, (l_123 , l_123))))) >= ((void*)0 == &p_80)) , (*g_65))), 6)) | p_79), (*g_65)));
                --g_127;
                g_143 |= (((safe_sub_func_int64_t_s_s(((*l_108) == (void*)0), (g_125 != ((g_133[3][0] = ((*l_118) |= (g_109 != p_80))) , p_79)))) > (safe_unary_minus_func_int64_t_s(g_125))) > (safe_lshift_func_int16_t_s_u(((safe_div_func_uint32_t_u_u(((safe_add_func_uint64_t_u_u(((safe_mod_func_uint32_t_u_u(g_19[4], 0xAAC5CA81L)) >= g_2[4]), l_123)) || 0UL), 4294967295UL)) ^ p_80), 12)));
            }
            (*l_101) = (*l_101);
        }
lbl_200:
        l_144 = l_144;
        for (g_124 = 26; (g_124 > 60); g_124++)
        { /* block id: 38 */
            float *l_151 = (void*)0;
            float *l_152 = &g_153;
            int32_t **l_187 = &l_102[2];
            (*l_152) = (safe_add_func_float_f_f((-0x1.Fp-1), (**l_101)));
            if ((g_125 ^= (safe_lshift_func_int16_t_s_u(((void*)0 != g_156), 8))))
            { /* block id: 41 */
                uint8_t *l_158[7][9] = {{&g_127,&g_127,&g_127,&g_127,&g_127,&g_127,&g_127,&g_127,&g_127},{&g_127,(void*)0,(void*)0,&g_127,&g_127,&g_127,&g_127,&g_127,(void*)0},{&g_127,&g_127,&g_127,&g_127,&g_127,&g_127,&g_127,&g_127,&g_127},{(void*)0,&g_127,&g_127,&g_127,&g_127,&g_127,(void*)0,(void*)0,&g_127},{&g_127,&g_127,&g_127,&g_127,&g_127,&g_127,&g_127,&g_127,&g_127},{(void*)0,&g_127,(void*)0,&g_127,&g_127,&g_127,&g_127,(void*)0,&g_127},{&g_127,(void*)0,&g_127,&g_127,&g_127,&g_127,(void*)0,&g_127,(void*)0}};
                int32_t l_168[8] = {0x05CA1C99L,0x05CA1C99L,0x05CA1C99L,0x05CA1C99L,0x05CA1C99L,0x05CA1C99L,0x05CA1C99L,0x05CA1C99L};
                uint64_t *l_170 = (void*)0;
                uint64_t *l_171 = &g_172;
                int32_t **l_188 = &l_102[0];
                int32_t * const *l_189 = &l_102[1];
                uint32_t *l_190 = (void*)0;
                uint32_t *l_191 = &g_105[6];
                int i, j;
                if (((l_161 = (g_127++)) && (safe_lshift_func_uint8_t_u_u((safe_mul_func_int16_t_s_s(((((safe_sub_func_uint16_t_u_u(((l_168[6] && (l_120 == (l_169 > ((*l_171)--)))) > (-1L)), ((*l_117) = ((0x56ADL | (safe_rshift_func_uint16_t_u_s(((safe_lshift_func_int8_t_s_s((safe_rshift_func_uint8_t_u_u((safe_add_func_uint32_t_u_u(((safe_mul_func_int16_t_s_s((g_2[6] <= ((*l_191) = ((l_188 = l_187) != l_189))), ((((g_192 == g_192) && 3L) | 0UL) != p_80))) , 0x7237AF67L), (**l_187))), 0)), (**l_189))) != 0xFA1EB4E8L), p_79))) != l_194)))) != 8L) == 0x8CAFD7A6L) , (-1L)), p_80)), g_125))))
                { /* block id: 48 */
                    uint32_t l_197 = 4294967295UL;
                    for (g_109 = (-29); (g_109 >= 23); g_109 = safe_add_func_uint16_t_u_u(g_109, 2))
                    { /* block id: 51 */
                        --l_197;
                    }
                    if (p_79)
                        break;
                    if (l_120)
                        goto lbl_200;
                    for (l_123 = 0; (l_123 > (-8)); l_123--)
                    { /* block id: 58 */
                        if ((**l_187))
                            break;
                    }
                }
                else
                { /* block id: 61 */
                    uint16_t *l_209 = &g_19[2];
                    for (g_109 = 3; (g_109 >= 0); g_109 -= 1)
                    { /* block id: 64 */
                        int i, j;
                        g_125 ^= (safe_rshift_func_int16_t_s_u(g_133[(g_109 + 4)][(g_109 + 1)], (+0xDF34L)));
                        g_206++;
                        g_125 &= g_133[(g_109 + 1)][g_109];
                    }
                    return l_209;
                }
            }
            else
            { /* block id: 71 */
                volatile uint64_t **l_211[5][5] = {{&g_192,&g_192,&g_192,&g_192,&g_192},{&g_192,&g_192,&g_192,(void*)0,&g_192},{&g_192,&g_192,&g_192,&g_192,&g_192},{&g_192,&g_192,&g_192,&g_192,&g_192},{&g_192,&g_192,&g_192,&g_192,&g_192}};
                volatile uint64_t ***l_210 = &l_211[0][0];
                int i, j;
                (*l_210) = &g_192;
            }
        }
        ++g_220;
    }
    else
    { /* block id: 76 */
        int64_t l_236 = 0x3AB9B9001CCCAE95LL;
        float *l_237 = (void*)0;
        float *l_238 = &g_153;
        float *l_240[9] = {&g_241,&g_241,&g_241,&g_241,&g_241,&g_241,&g_241,&g_241,&g_241};
        int32_t l_242 = 0xAA4E0C13L;
        int32_t l_243 = 0x0F13A533L;
        int32_t l_244 = (-7L);
        uint64_t l_259 = 18446744073709551615UL;
        int8_t *l_317[1];
        volatile uint64_t **l_327 = &g_192;
        volatile uint64_t ***l_326[4] = {(void*)0,(void*)0,(void*)0,(void*)0};
        int i;
        for (i = 0; i < 1; i++)
            l_317[i] = &g_133[3][0];
        g_216 = (safe_sub_func_uint16_t_u_u((((~(g_172 & ((((l_243 = ((((l_242 = (p_80 > (((void*)0 == &g_124) >= ((p_79 == (safe_add_func_float_f_f((safe_div_func_float_f_f(((((*l_238) = (l_236 = (safe_add_func_float_f_f((safe_div_func_float_f_f(((((p_79 != ((void*)0 == &g_157[0][0][0])) < (safe_mul_func_float_f_f(((g_127 ^= 1UL) , p_80), g_133[3][0]))) > g_216) < (-0x9.Bp-1)), g_212[1][2][0])), 0x3.88B51Ep-24)))) < 0xB.9831B0p-0) > l_239), 0x1.9p+1)), 0x4.3p+1))) <= 0x0.1p+1)))) > 0x0.5p-1) , g_105[2]) == p_80)) , (**l_101)) , g_25) ^ l_244))) >= (*g_65)) < g_109), 0xA12CL));
        for (g_206 = 3; (g_206 == 55); g_206++)
        { /* block id: 85 */
            float l_255[1];
            int32_t l_257 = (-4L);
            uint8_t l_280 = 0xE3L;
            const float l_281 = 0x5.9p-1;
            int64_t *l_320 = &g_213[3][1];
            int32_t ** const l_322[4][2][10] = {{{&l_102[0],(void*)0,&l_102[0],&l_102[0],&l_102[1],&l_102[1],&l_102[0],(void*)0,&l_102[1],(void*)0},{&l_102[1],(void*)0,(void*)0,&l_102[0],(void*)0,(void*)0,&l_102[1],&l_102[0],&l_102[0],&l_102[0]}},{{&l_102[1],&l_102[0],(void*)0,&l_102[0],(void*)0,&l_102[0],&l_102[0],(void*)0,&l_102[0],&l_102[0]},{(void*)0,&l_102[0],&l_102[0],(void*)0,&l_102[1],(void*)0,&l_102[1],&l_102[0],&l_102[0],&l_102[1]}},{{&l_102[0],(void*)0,&l_102[0],&l_102[0],(void*)0,&l_102[0],&l_102[0],&l_102[0],&l_102[0],&l_102[1]},{&l_102[0],(void*)0,&l_102[1],&l_102[1],&l_102[0],&l_102[0],&l_102[0],&l_102[0],&l_102[0],(void*)0}},{{&l_102[0],(void*)0,&l_102[0],&l_102[0],(void*)0,&l_102[0],(void*)0,(void*)0,(void*)0,&l_102[0]},{&l_102[0],(void*)0,(void*)0,(void*)0,&l_102[0],(void*)0,&l_102[0],&l_102[0],(void*)0,&l_102[0]}}};
            int32_t **l_324 = (void*)0;
            uint16_t *l_325[2][8][9] = {{{&g_19[6],&g_19[1],&g_124,(void*)0,&g_19[1],&g_124,&g_19[1],&g_124,&g_124},{&g_19[6],&g_19[0],(void*)0,&g_19[6],&g_19[1],(void*)0,&g_19[5],&g_19[1],&g_19[5]},{&g_124,&g_124,&g_124,&g_124,&g_124,&g_124,&g_124,&g_19[1],(void*)0},{&g_19[1],&g_19[6],&g_19[5],(void*)0,(void*)0,&g_19[1],&g_19[1],&g_19[5],&g_19[6]},{&g_19[1],&g_124,(void*)0,(void*)0,&g_124,&g_19[1],&g_124,&g_19[5],(void*)0},{&g_19[0],&g_19[5],&g_19[0],&g_124,&g_124,&g_19[0],&g_19[5],&g_19[0],(void*)0},{(void*)0,(void*)0,&g_124,&g_19[1],(void*)0,(void*)0,&g_19[1],&g_19[6],&g_19[1]},{&g_124,&g_19[6],&g_19[1],&g_19[1],&g_19[1],&g_19[1],(void*)0,&g_19[1],&g_19[0]}},{{(void*)0,&g_124,&g_19[1],&g_124,&g_19[1],&g_19[1],&g_124,&g_19[1],&g_124},{&g_124,&g_19[0],&g_19[1],(void*)0,&g_19[1],&g_19[1],&g_19[1],&g_19[0],&g_124},{&g_124,&g_124,&g_124,&g_19[5],&g_19[1],&g_19[1],&g_19[1],(void*)0,(void*)0},{&g_19[1],&g_19[0],&g_19[6],&g_19[1],&g_19[1],&g_19[6],&g_19[6],&g_19[1],&g_19[1]},{(void*)0,&g_124,(void*)0,(void*)0,&g_19[5],&g_19[3],&g_19[1],&g_124,&g_19[1]},{(void*)0,&g_124,&g_19[1],&g_19[1],&g_19[1],&g_124,&g_124,(void*)0,&g_124},{&g_19[1],(void*)0,&g_124,(void*)0,(void*)0,&g_19[1],(void*)0,(void*)0,&g_19[1]},{(void*)0,&g_19[1],(void*)0,&g_19[1],(void*)0,&g_19[5],&g_124,&g_19[1],&g_19[6]}}};
            int i, j, k;
            for (i = 0; i < 1; i++)
                l_255[i] = 0xF.68657Ep+87;
            for (l_244 = (-6); (l_244 < 16); l_244 = safe_add_func_int32_t_s_s(l_244, 5))
            { /* block id: 88 */
                int32_t *l_251 = &g_125;
                int32_t l_254[2];
                int i;
                for (i = 0; i < 2; i++)
                    l_254[i] = 1L;
                for (p_79 = (-5); (p_79 == (-5)); p_79++)
                { /* block id: 91 */
                    const int32_t *l_270 = &l_243;
                    (*l_101) = l_251;
                    for (g_143 = 0; (g_143 <= 17); g_143 = safe_add_func_int16_t_s_s(g_143, 7))
                    { /* block id: 95 */
                        int32_t l_256[6] = {0x77D3B041L,0x77D3B041L,1L,0x77D3B041L,0x77D3B041L,1L};
                        int64_t *l_267 = &l_236;
                        uint64_t *l_276[8] = {(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0};
                        int i;
                        if (p_79)
                            break;
                        if ((*l_251))
                            break;
                        ++l_259;
                        (*l_251) |= ((0x74L == ((((safe_lshift_func_uint8_t_u_u((!(((*l_267) = (safe_sub_func_uint64_t_u_u(0UL, p_80))) > ((safe_rshift_func_uint8_t_u_u(((&l_254[1] == l_270) >= ((safe_div_func_float_f_f(((((void*)0 != l_240[2]) != ((safe_mod_func_int64_t_s_s(((+(((++g_172) == g_213[3][1]) , ((!0x389C257DL) , 0x37B767117C768AC2LL))) , 0xD413FB1A0FE7317CLL), g_19[5])) == l_243)) , l_280), 0xA.A0E986p-68)) , l_243)), g_206)) , 18446744073709551612UL))), g_216)) && (*l_270)) , 0xBEBC8DAAL) != 0x6FB27EF6L)) , p_80);
                    }
                    for (g_172 = (-8); (g_172 < 31); ++g_172)
                    { /* block id: 105 */
                        (*l_251) ^= 0x84B13501L;
                    }
                    if (p_79)
                    { /* block id: 108 */
                        uint8_t *l_287 = &g_127;
                        int32_t l_288 = 3L;
                        uint64_t *l_303 = (void*)0;
                        uint64_t **l_302[10][4] = {{&l_303,&l_303,&l_303,&l_303},{&l_303,(void*)0,&l_303,&l_303},{&l_303,&l_303,&l_303,&l_303},{&l_303,&l_303,&l_303,&l_303},{&l_303,(void*)0,&l_303,&l_303},{&l_303,&l_303,&l_303,&l_303},{&l_303,(void*)0,&l_303,&l_303},{&l_303,&l_303,&l_303,&l_303},{&l_303,&l_303,&l_303,&l_303},{&l_303,(void*)0,&l_303,&l_303}};
                        int i, j;
                        l_243 = ((*l_251) = ((safe_lshift_func_uint8_t_u_u(((*l_287) = (+g_172)), 1)) , (l_288 = p_80)));
                        l_254[0] ^= ((safe_rshift_func_uint16_t_u_u(p_80, ((((~(l_288 > (safe_div_func_uint64_t_u_u((safe_lshift_func_uint8_t_u_u(((safe_add_func_int8_t_s_s((p_79 , (((*l_251) = (((safe_sub_func_float_f_f(((safe_add_func_float_f_f((p_79 != (g_25 < ((g_127 > g_212[1][2][0]) == (((p_79 , (*l_270)) >= g_143) < 0x3.10BAFBp-70)))), g_143)) <= p_79), g_258)) , 0xA0B4DBAC17790CCDLL) >= g_2[2])) == l_236)), g_19[3])) && p_80), p_79)), p_80)))) , l_302[3][0]) == (void*)0) >= l_280))) , 0L);
                    }
                    else
                    { /* block id: 115 */
                        uint32_t l_304 = 0x396C4F85L;
                        int32_t ***l_323[7] = {&l_101,&l_101,&l_101,&l_101,&l_101,&l_101,&l_101};
                        int i;
                        g_258 = (l_304 , (safe_div_func_float_f_f(((safe_div_func_float_f_f(0xA.3191A9p-6, (safe_add_func_float_f_f(((&g_156 != (void*)0) > (((safe_div_func_float_f_f((safe_mul_func_float_f_f((safe_sub_func_float_f_f((l_317[0] == ((*l_144) = &p_79)), (safe_div_func_float_f_f(((((*l_238) = p_79) == ((((((void*)0 == l_320) , p_79) , p_79) != p_79) < g_321)) != 0x7.02CCE1p-31), l_280)))), g_119[1])), (*l_270))) != p_80) >= p_80)), g_220)))) <= g_105[4]), 0xB.E25CF4p-61)));
                        l_324 = l_322[0][0][0];
                        return &g_19[5];
                    }
                }
                if (p_80)
                    continue;
            }
            g_216 = p_79;
            if (p_80)
                continue;
            return l_325[1][1][1];
        }
        g_328 = &g_192;
        (*l_101) = (*l_101);
    }
    g_329 = (*l_101);
    return l_330;
}




/* ---------------------------------------- */
int main (void)
{
    int i, j, k;
    int print_hash_value = 0;
    platform_main_begin();
    crc32_gentab();
    func_1();
    for (i = 0; i < 7; i++)
    {
        transparent_crc(g_2[i], "g_2[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    for (i = 0; i < 7; i++)
    {
        transparent_crc(g_19[i], "g_19[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_25, "g_25", print_hash_value);
    transparent_crc(g_36, "g_36", print_hash_value);
    for (i = 0; i < 5; i++)
    {
        for (j = 0; j < 9; j++)
        {
            transparent_crc(g_39[i][j], "g_39[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);

        }
    }
    for (i = 0; i < 9; i++)
    {
        transparent_crc(g_105[i], "g_105[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_109, "g_109", print_hash_value);
    for (i = 0; i < 4; i++)
    {
        transparent_crc(g_119[i], "g_119[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_124, "g_124", print_hash_value);
    transparent_crc(g_125, "g_125", print_hash_value);
    transparent_crc(g_127, "g_127", print_hash_value);
    for (i = 0; i < 9; i++)
    {
        for (j = 0; j < 5; j++)
        {
            transparent_crc(g_133[i][j], "g_133[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);

        }
    }
    transparent_crc(g_143, "g_143", print_hash_value);
    transparent_crc_bytes (&g_153, sizeof(g_153), "g_153", print_hash_value);
    transparent_crc(g_172, "g_172", print_hash_value);
    transparent_crc(g_193, "g_193", print_hash_value);
    transparent_crc(g_206, "g_206", print_hash_value);
    for (i = 0; i < 8; i++)
    {
        for (j = 0; j < 10; j++)
        {
            for (k = 0; k < 3; k++)
            {
                transparent_crc(g_212[i][j][k], "g_212[i][j][k]", print_hash_value);
                if (print_hash_value) printf("index = [%d][%d][%d]\n", i, j, k);

            }
        }
    }
    for (i = 0; i < 8; i++)
    {
        for (j = 0; j < 2; j++)
        {
            transparent_crc(g_213[i][j], "g_213[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);

        }
    }
    transparent_crc(g_214, "g_214", print_hash_value);
    transparent_crc(g_216, "g_216", print_hash_value);
    transparent_crc(g_220, "g_220", print_hash_value);
    transparent_crc_bytes (&g_241, sizeof(g_241), "g_241", print_hash_value);
    transparent_crc_bytes (&g_258, sizeof(g_258), "g_258", print_hash_value);
    transparent_crc(g_321, "g_321", print_hash_value);
    for (i = 0; i < 5; i++)
    {
        transparent_crc(g_350[i], "g_350[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_381, "g_381", print_hash_value);
    transparent_crc(g_458, "g_458", print_hash_value);
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 5; j++)
        {
            for (k = 0; k < 5; k++)
            {
                transparent_crc(g_459[i][j][k], "g_459[i][j][k]", print_hash_value);
                if (print_hash_value) printf("index = [%d][%d][%d]\n", i, j, k);

            }
        }
    }
    for (i = 0; i < 2; i++)
    {
        transparent_crc(g_487[i], "g_487[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    for (i = 0; i < 5; i++)
    {
        for (j = 0; j < 8; j++)
        {
            transparent_crc(g_589[i][j], "g_589[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);

        }
    }
    for (i = 0; i < 6; i++)
    {
        transparent_crc(g_591[i], "g_591[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_596, "g_596", print_hash_value);
    transparent_crc(g_614, "g_614", print_hash_value);
    transparent_crc(g_618, "g_618", print_hash_value);
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 9; j++)
        {
            for (k = 0; k < 1; k++)
            {
                transparent_crc(g_726[i][j][k], "g_726[i][j][k]", print_hash_value);
                if (print_hash_value) printf("index = [%d][%d][%d]\n", i, j, k);

            }
        }
    }
    transparent_crc(g_817, "g_817", print_hash_value);
    transparent_crc(g_902, "g_902", print_hash_value);
    transparent_crc(g_1032, "g_1032", print_hash_value);
    transparent_crc(g_1098, "g_1098", print_hash_value);
    for (i = 0; i < 6; i++)
    {
        for (j = 0; j < 6; j++)
        {
            transparent_crc(g_1215[i][j], "g_1215[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);

        }
    }
    transparent_crc(g_1553, "g_1553", print_hash_value);
    transparent_crc(g_1555, "g_1555", print_hash_value);
    transparent_crc(g_1574, "g_1574", print_hash_value);
    for (i = 0; i < 3; i++)
    {
        transparent_crc(g_1688[i], "g_1688[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_1703, "g_1703", print_hash_value);
    transparent_crc(g_1746, "g_1746", print_hash_value);
    transparent_crc_bytes (&g_1796, sizeof(g_1796), "g_1796", print_hash_value);
    transparent_crc(g_1963, "g_1963", print_hash_value);
    transparent_crc(g_2029, "g_2029", print_hash_value);
    transparent_crc(g_2180, "g_2180", print_hash_value);
    transparent_crc(g_2352, "g_2352", print_hash_value);
    transparent_crc(g_2368, "g_2368", print_hash_value);
    transparent_crc_bytes (&g_2379, sizeof(g_2379), "g_2379", print_hash_value);
    transparent_crc(g_2423, "g_2423", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}

/************************ statistics *************************
XXX max struct depth: 0
breakdown:
   depth: 0, occurrence: 635
XXX total union variables: 0

XXX non-zero bitfields defined in structs: 0
XXX zero bitfields defined in structs: 0
XXX const bitfields defined in structs: 0
XXX volatile bitfields defined in structs: 0
XXX structs with bitfields in the program: 0
breakdown:
XXX full-bitfields structs in the program: 0
breakdown:
XXX times a bitfields struct's address is taken: 0
XXX times a bitfields struct on LHS: 0
XXX times a bitfields struct on RHS: 0
XXX times a single bitfield on LHS: 0
XXX times a single bitfield on RHS: 0

XXX max expression depth: 85
breakdown:
   depth: 1, occurrence: 258
   depth: 2, occurrence: 60
   depth: 3, occurrence: 2
   depth: 4, occurrence: 2
   depth: 5, occurrence: 3
   depth: 6, occurrence: 5
   depth: 7, occurrence: 1
   depth: 15, occurrence: 1
   depth: 16, occurrence: 2
   depth: 17, occurrence: 3
   depth: 19, occurrence: 3
   depth: 20, occurrence: 3
   depth: 21, occurrence: 2
   depth: 22, occurrence: 4
   depth: 23, occurrence: 1
   depth: 24, occurrence: 3
   depth: 26, occurrence: 3
   depth: 28, occurrence: 1
   depth: 30, occurrence: 1
   depth: 32, occurrence: 2
   depth: 33, occurrence: 1
   depth: 34, occurrence: 3
   depth: 35, occurrence: 1
   depth: 36, occurrence: 1
   depth: 38, occurrence: 1
   depth: 44, occurrence: 1
   depth: 51, occurrence: 1
   depth: 52, occurrence: 1
   depth: 85, occurrence: 1

XXX total number of pointers: 487

XXX times a variable address is taken: 1369
XXX times a pointer is dereferenced on RHS: 340
breakdown:
   depth: 1, occurrence: 242
   depth: 2, occurrence: 64
   depth: 3, occurrence: 22
   depth: 4, occurrence: 12
XXX times a pointer is dereferenced on LHS: 295
breakdown:
   depth: 1, occurrence: 244
   depth: 2, occurrence: 38
   depth: 3, occurrence: 11
   depth: 4, occurrence: 2
XXX times a pointer is compared with null: 50
XXX times a pointer is compared with address of another variable: 15
XXX times a pointer is compared with another pointer: 18
XXX times a pointer is qualified to be dereferenced: 10806

XXX max dereference level: 5
breakdown:
   level: 0, occurrence: 0
   level: 1, occurrence: 1228
   level: 2, occurrence: 302
   level: 3, occurrence: 176
   level: 4, occurrence: 59
   level: 5, occurrence: 6
XXX number of pointers point to pointers: 217
XXX number of pointers point to scalars: 270
XXX number of pointers point to structs: 0
XXX percent of pointers has null in alias set: 28.5
XXX average alias set size: 1.42

XXX times a non-volatile is read: 2111
XXX times a non-volatile is write: 967
XXX times a volatile is read: 59
XXX    times read thru a pointer: 22
XXX times a volatile is write: 19
XXX    times written thru a pointer: 6
XXX times a volatile is available for access: 1.11e+03
XXX percentage of non-volatile access: 97.5

XXX forward jumps: 0
XXX backward jumps: 11

XXX stmts: 251
XXX max block depth: 5
breakdown:
   depth: 0, occurrence: 26
   depth: 1, occurrence: 28
   depth: 2, occurrence: 39
   depth: 3, occurrence: 44
   depth: 4, occurrence: 50
   depth: 5, occurrence: 64

XXX percentage a fresh-made variable is used: 15.7
XXX percentage an existing variable is used: 84.3
********************* end of statistics **********************/

