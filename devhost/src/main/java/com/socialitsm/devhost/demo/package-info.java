/**
 * The devhost's demo data: a script of two weeks in a service desk ({@link com.socialitsm.devhost.demo.DemoDataSet}),
 * played back through the demo tracker and the app's features ({@link com.socialitsm.devhost.demo.DemoSeeder},
 * {@link com.socialitsm.devhost.demo.SocialActions}) with the clock pinned to each step's moment
 * ({@link com.socialitsm.devhost.demo.DemoClock}).
 */
package com.socialitsm.devhost.demo;
